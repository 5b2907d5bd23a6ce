/**
 * Evaluation parameters of pycocotools `COCOeval` (cocodataset/cocoapi
 * PythonAPI/pycocotools/cocoeval.py, class `Params`, `setDetParams` and
 * `setKpParams`), reproduced value for value: the IoU and recall thresholds
 * are built the way `np.linspace` builds them, so that `0.8999999999999999`
 * (not 0.9) is the ninth IoU threshold, exactly as in pycocotools.
 */

import { COCO_SIGMAS } from './cocoKeypoints';

/** The two evaluation types supported here (pycocotools also has 'segm'). */
export type CocoIouType = 'bbox' | 'keypoints';

/** Everything COCOeval's `Params` fixes for one evaluation type. */
export interface CocoParams {
  readonly iouType: CocoIouType;
  /** T IoU (or OKS) thresholds, 0.50:0.05:0.95. */
  readonly iouThrs: Float64Array;
  /** R recall thresholds, 0:0.01:1. */
  readonly recThrs: Float64Array;
  /** M maximum numbers of detections per image and category, ascending. */
  readonly maxDets: readonly number[];
  /** A area ranges [lo, hi], both edges inclusive. */
  readonly areaRng: readonly (readonly [number, number])[];
  /** The labels of the area ranges ('all', 'small', 'medium', 'large'). */
  readonly areaRngLbl: readonly string[];
  /** Per-keypoint OKS sigmas (keypoints only; empty for bbox). */
  readonly sigmas: Float64Array;
}

/**
 * `np.linspace(start, stop, num)` with `endpoint=True`, element for element:
 * `i * ((stop - start) / (num - 1)) + start`, and the last element set to `stop`.
 */
export function numpyLinspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  if (num === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

/**
 * The 17 COCO keypoint sigmas (COCO_SIGMAS of coco/cocoKeypoints.ts, as
 * pycocotools builds them) in the typed array COCOeval's parameters hold.
 */
export const COCO_KEYPOINT_SIGMAS: Float64Array = Float64Array.from(COCO_SIGMAS);

/** The area-range upper bound of pycocotools, `1e5 ** 2`. */
const MAX_AREA = 1e5 ** 2;

/**
 * The default COCOeval parameters for `iouType` (pycocotools 2.0,
 * cocoapi@8c9bcc3): iouThrs = linspace(.5, .95, 10), recThrs = linspace(0, 1, 101);
 * bbox: maxDets [1, 10, 100], areas all [0, 1e10], small [0, 32²], medium [32², 96²],
 * large [96², 1e10]; keypoints: maxDets [20], areas all, medium, large, and the
 * given sigmas (the 17 COCO sigmas by default).
 */
export function cocoParams(iouType: CocoIouType, sigmas: Float64Array = COCO_KEYPOINT_SIGMAS): CocoParams {
  const iouThrs = numpyLinspace(0.5, 0.95, Math.round((0.95 - 0.5) / 0.05) + 1);
  const recThrs = numpyLinspace(0.0, 1.0, Math.round((1.0 - 0.0) / 0.01) + 1);
  if (iouType === 'bbox') {
    return {
      iouType,
      iouThrs,
      recThrs,
      maxDets: [1, 10, 100],
      areaRng: [
        [0 ** 2, MAX_AREA],
        [0 ** 2, 32 ** 2],
        [32 ** 2, 96 ** 2],
        [96 ** 2, MAX_AREA],
      ],
      areaRngLbl: ['all', 'small', 'medium', 'large'],
      sigmas: new Float64Array(0),
    };
  }
  return {
    iouType,
    iouThrs,
    recThrs,
    maxDets: [20],
    areaRng: [
      [0 ** 2, MAX_AREA],
      [32 ** 2, 96 ** 2],
      [96 ** 2, MAX_AREA],
    ],
    areaRngLbl: ['all', 'medium', 'large'],
    sigmas,
  };
}
