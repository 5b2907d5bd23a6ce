/**
 * Reads a COCO results list (detections) into flat typed arrays, checking
 * every field, and derives each detection's area as pycocotools `COCO.loadRes`
 * does: w·h of its box (bbox), or the area of the extent of its keypoints
 * (keypoints: `(max x - min x) * (max y - min y)` over all K keypoints).
 */
import { MetricInputError } from '../../validate';
import { copyBox, copyNumbers, finiteField, idIndexField, listArg, recordAt } from './fields';
import type { CocoIouType } from './params';
import type { CocoGroundTruth } from './readGroundTruth';

/** Detections as flat arrays; detection i's fields sit at index i (boxes at 4i, keypoints at 3Ki). */
export interface CocoDetections {
  readonly count: number;
  /** Index into the gt's imgIds. */
  readonly img: Int32Array;
  /** Index into the gt's catIds. */
  readonly cat: Int32Array;
  readonly score: Float64Array;
  /** `[x, y, w, h]` per detection (bbox only; empty for keypoints). */
  readonly box: Float64Array;
  /** Area used for the area ranges (see the module comment). */
  readonly area: Float64Array;
  /** `[x, y, score] * K` per detection (keypoints only; empty for bbox). */
  readonly keypoints: Float64Array;
}

/**
 * Reads and checks `dt` against `gt`. Throws MetricInputError naming the
 * field for a non-array, a non-finite number, a negative box size, keypoints
 * of the wrong length, or an image or category id the ground truth does not
 * list (pycocotools asserts on unknown images and silently drops unknown
 * categories; we refuse both). A keypoint detection's `bbox`, if any, is not used.
 */
export function readDetections(
  value: unknown,
  iouType: CocoIouType,
  gt: CocoGroundTruth,
  numKeypoints: number,
): CocoDetections {
  const base = 'dt';
  const list = listArg(value, base);
  const n = list.length;
  const kpLen = iouType === 'keypoints' ? 3 * numKeypoints : 0;
  const imgIndex = new Map(gt.imgIds.map((id, i) => [id, i]));
  const catIndex = new Map(gt.catIds.map((id, i) => [id, i]));
  const dt = {
    count: n,
    img: new Int32Array(n),
    cat: new Int32Array(n),
    score: new Float64Array(n),
    box: new Float64Array(iouType === 'bbox' ? 4 * n : 0),
    area: new Float64Array(n),
    keypoints: new Float64Array(kpLen * n),
  };
  for (let i = 0; i < n; i++) {
    const rec = recordAt(list, base, i);
    dt.img[i] = idIndexField(rec, 'image_id', base, i, imgIndex, 'gt image');
    dt.cat[i] = idIndexField(rec, 'category_id', base, i, catIndex, 'gt category');
    dt.score[i] = finiteField(rec, 'score', base, i);
    if (iouType === 'bbox') {
      copyBox(rec, base, i, dt.box, 4 * i);
      dt.area[i] = (dt.box[4 * i + 2] as number) * (dt.box[4 * i + 3] as number);
    } else {
      copyNumbers(rec, 'keypoints', base, i, kpLen, dt.keypoints, kpLen * i);
      dt.area[i] = keypointExtentArea(dt.keypoints, kpLen * i, numKeypoints);
    }
  }
  return dt;
}

/** `(x1 - x0) * (y1 - y0)` of the min/max of the K keypoints at `offset` (pycocotools loadRes). */
export function keypointExtentArea(kps: ArrayLike<number>, offset: number, k: number): number {
  if (k === 0) throw new MetricInputError('sigmas', 'expected at least one keypoint');
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let j = 0; j < k; j++) {
    const x = kps[offset + 3 * j] as number;
    const y = kps[offset + 3 * j + 1] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return (x1 - x0) * (y1 - y0);
}
