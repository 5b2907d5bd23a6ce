/**
 * The COCO panel's built-in examples, generated in the page from a seed:
 * a box pair (the metrics package's synthetic set, small, plus a crowd
 * region and a category nobody annotated, so the pitfalls list has
 * something to say) and a keypoint pair (people with 17 keypoints, the
 * detections jittered copies scaled to each person's size).
 */
import { mulberry32 } from '../../lib/random';
import { makeSyntheticCoco } from '../../metrics/detection/coco/synthetic';
import type { CocoIouType } from '../../metrics/detection/coco/params';
import type { LabFile } from '../jobs/types';

/** `value` as a JSON LabFile called `name`. */
export function jsonLabFile(name: string, value: unknown): LabFile {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return {
    name,
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

/** The box example as parsed JSON: 24 images, 4 categories plus one without ground truth. */
export function boxExample(): { gt: unknown; dt: unknown[] } {
  const { gt, dt } = makeSyntheticCoco({
    images: 24,
    categories: 4,
    gtPerImage: 3,
    dtPerImage: 14,
    seed: 11,
  });
  const names = ['person', 'bicycle', 'car', 'dog'];
  gt.categories.forEach((c, i) => {
    c.name = names[i] ?? c.name;
  });
  gt.categories.push({ id: 5, name: 'umbrella' });
  const first = gt.annotations[0];
  if (first) first.iscrowd = 1;
  const extra = dt
    .slice(0, 6)
    .map((d) => ({ ...d, category_id: 5, score: Math.round(d.score * 500) / 1000 }));
  // The last image gets no detection at all.
  const last = gt.images.length;
  return { gt, dt: [...dt.filter((d) => d.image_id !== last), ...extra] };
}

/** A standing person's 17 keypoints (x, y) relative to a unit box. */
const SKELETON: readonly (readonly [number, number])[] = [
  [0.5, 0.08],
  [0.45, 0.06],
  [0.55, 0.06],
  [0.4, 0.08],
  [0.6, 0.08],
  [0.3, 0.25],
  [0.7, 0.25],
  [0.22, 0.42],
  [0.78, 0.42],
  [0.18, 0.58],
  [0.82, 0.58],
  [0.38, 0.58],
  [0.62, 0.58],
  [0.38, 0.78],
  [0.62, 0.78],
  [0.38, 0.97],
  [0.62, 0.97],
];

/** The keypoint example as parsed JSON: 12 images, 1 to 3 people each, jittered detections and a few false ones. */
export function keypointExample(): { gt: unknown; dt: unknown[] } {
  const rand = mulberry32(23);
  const images: { id: number; width: number; height: number }[] = [];
  const annotations: Record<string, unknown>[] = [];
  const dt: Record<string, unknown>[] = [];
  for (let im = 1; im <= 12; im++) {
    images.push({ id: im, width: 640, height: 480 });
    const people = 1 + Math.floor(rand() * 3);
    for (let p = 0; p < people; p++) {
      const h = 60 + rand() * 300;
      const w = h * 0.45;
      const x = rand() * (640 - w);
      const y = rand() * (480 - h);
      const hidden = rand() < 0.3 ? 5 : 0;
      const kps: number[] = [];
      SKELETON.forEach(([u, v], j) =>
        kps.push(Math.round(x + u * w), Math.round(y + v * h), j < hidden ? 0 : 2),
      );
      annotations.push({
        id: annotations.length + 1,
        image_id: im,
        category_id: 1,
        bbox: [Math.round(x), Math.round(y), Math.round(w), Math.round(h)],
        area: Math.round(w * h * 0.6),
        iscrowd: 0,
        num_keypoints: 17 - hidden,
        keypoints: kps,
      });
      if (rand() < 0.85) {
        const spread = (0.01 + rand() * 0.08) * h;
        const det: number[] = [];
        for (let j = 0; j < 17; j++) {
          det.push(
            Math.round(((kps[3 * j] as number) + (rand() * 2 - 1) * spread) * 10) / 10,
            Math.round(((kps[3 * j + 1] as number) + (rand() * 2 - 1) * spread) * 10) / 10,
            1,
          );
        }
        dt.push({
          image_id: im,
          category_id: 1,
          keypoints: det,
          score: Math.round((0.4 + 0.6 * rand()) * 1000) / 1000,
        });
      }
    }
    if (rand() < 0.4) {
      const det: number[] = [];
      const cx = rand() * 600;
      const cy = rand() * 440;
      for (let j = 0; j < 17; j++) det.push(Math.round(cx + rand() * 40), Math.round(cy + rand() * 80), 1);
      dt.push({ image_id: im, category_id: 1, keypoints: det, score: Math.round(rand() * 500) / 1000 });
    }
  }
  const gt = {
    images,
    annotations,
    categories: [{ id: 1, name: 'person', supercategory: 'person' }],
  };
  return { gt, dt };
}

/** The example's two files for `iouType`. */
export function examplePair(iouType: CocoIouType): { groundTruth: LabFile; results: LabFile } {
  const { gt, dt } = iouType === 'bbox' ? boxExample() : keypointExample();
  return {
    groundTruth: jsonLabFile(`example-${iouType}-ground-truth.json`, gt),
    results: jsonLabFile(`example-${iouType}-results.json`, dt),
  };
}
