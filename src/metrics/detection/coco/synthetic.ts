/**
 * A seeded synthetic COCO detection set (ground truth and results in COCO
 * JSON form) for speed measurements and property tests: scenes of a few
 * categories, gt boxes with log-uniform sides, and detections that are
 * jittered copies of gts mixed with background boxes, with scores rounded to
 * three decimals so that ties occur as they do in real result files.
 */
import { mulberry32 } from '../../../lib/random';

/** A COCO ground-truth annotation (bbox). */
export interface CocoJsonAnnotation {
  id: number;
  image_id: number;
  category_id: number;
  bbox: [number, number, number, number];
  area: number;
  iscrowd: 0 | 1;
}

/** A COCO ground-truth file. */
export interface CocoJsonGroundTruth {
  images: { id: number; width: number; height: number }[];
  annotations: CocoJsonAnnotation[];
  categories: { id: number; name: string }[];
}

/** One entry of a COCO results file (bbox). */
export interface CocoJsonDetection {
  image_id: number;
  category_id: number;
  bbox: [number, number, number, number];
  score: number;
}

export interface SyntheticCocoOptions {
  images: number;
  categories: number;
  /** Mean number of gt boxes per image (each image draws 0 .. 2·gtPerImage). */
  gtPerImage: number;
  /** Detections per image (exactly). */
  dtPerImage: number;
  seed: number;
  /** Smallest and largest box side in pixels (sides are log-uniform); default 8 and 400. */
  minSide?: number;
  maxSide?: number;
}

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Builds the synthetic set. Images are 640x480 with ids 1..images, categories
 * 1..categories; each image shows 1-4 categories; about 1% of gts are crowd;
 * a gt's `area` is 50-90% of its box (as a segment's area is); about half of
 * the detections are jittered copies of the image's gts (mostly the right
 * category), the rest random boxes.
 */
export function makeSyntheticCoco(options: SyntheticCocoOptions): {
  gt: CocoJsonGroundTruth;
  dt: CocoJsonDetection[];
} {
  const rand = mulberry32(options.seed);
  const minSide = options.minSide ?? 8;
  const maxSide = options.maxSide ?? 400;
  const logMin = Math.log(minSide);
  const logSpan = Math.log(maxSide) - logMin;
  const side = (): number => Math.exp(logMin + rand() * logSpan);
  const pick = (n: number): number => Math.min(n - 1, Math.floor(rand() * n));
  const round1 = (v: number): number => Math.round(v * 10) / 10;
  const box = (w: number, h: number, x: number, y: number): [number, number, number, number] => {
    const bw = round1(Math.min(w, WIDTH));
    const bh = round1(Math.min(h, HEIGHT));
    return [
      round1(Math.min(Math.max(0, x), WIDTH - bw)),
      round1(Math.min(Math.max(0, y), HEIGHT - bh)),
      bw,
      bh,
    ];
  };

  const gt: CocoJsonGroundTruth = {
    images: Array.from({ length: options.images }, (_, i) => ({ id: i + 1, width: WIDTH, height: HEIGHT })),
    annotations: [],
    categories: Array.from({ length: options.categories }, (_, i) => ({ id: i + 1, name: `class_${i + 1}` })),
  };
  const dt: CocoJsonDetection[] = [];
  for (let im = 1; im <= options.images; im++) {
    const sceneCats = Array.from({ length: 1 + pick(4) }, () => 1 + pick(options.categories));
    const nGt = pick(2 * options.gtPerImage + 1);
    const own: CocoJsonAnnotation[] = [];
    for (let j = 0; j < nGt; j++) {
      const w = side();
      const h = side();
      const bbox = box(w, h, rand() * (WIDTH - w), rand() * (HEIGHT - h));
      const ann: CocoJsonAnnotation = {
        id: gt.annotations.length + 1,
        image_id: im,
        category_id: sceneCats[pick(sceneCats.length)] as number,
        bbox,
        area: Math.round(bbox[2] * bbox[3] * (0.5 + 0.4 * rand()) * 100) / 100,
        iscrowd: rand() < 0.01 ? 1 : 0,
      };
      gt.annotations.push(ann);
      own.push(ann);
    }
    for (let j = 0; j < options.dtPerImage; j++) {
      const target = own.length > 0 && rand() < 0.5 ? own[pick(own.length)] : undefined;
      let bbox: [number, number, number, number];
      let category: number;
      let score: number;
      if (target) {
        const [x, y, w, h] = target.bbox;
        const jitter = 0.25 * rand();
        const nw = w * (1 + jitter * (2 * rand() - 1));
        const nh = h * (1 + jitter * (2 * rand() - 1));
        bbox = box(nw, nh, x + jitter * w * (2 * rand() - 1), y + jitter * h * (2 * rand() - 1));
        category = rand() < 0.9 ? target.category_id : 1 + pick(options.categories);
        score = 0.3 + 0.7 * rand() * (1 - jitter);
      } else {
        const w = side();
        const h = side();
        bbox = box(w, h, rand() * (WIDTH - w), rand() * (HEIGHT - h));
        category =
          rand() < 0.7 ? (sceneCats[pick(sceneCats.length)] as number) : 1 + pick(options.categories);
        score = 0.6 * rand();
      }
      dt.push({ image_id: im, category_id: category, bbox, score: Math.round(score * 1000) / 1000 });
    }
  }
  return { gt, dt };
}
