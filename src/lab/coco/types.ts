/**
 * Input and result of the Lab's COCO job. The result is plain data (typed
 * arrays for the large parts) so it crosses the worker boundary cheaply.
 */
import type { Maybe } from '../../metrics/types';
import type { CocoIouType } from '../../metrics/detection/coco/params';
import type { LabFile } from '../jobs/types';

/** Input of the coco job: the two files and the evaluation type. */
export interface CocoJobInput {
  readonly iouType: CocoIouType;
  /** COCO ground-truth JSON (`images`, `annotations`, `categories`). */
  readonly groundTruth: LabFile;
  /** COCO results JSON (a list of `{image_id, category_id, bbox | keypoints, score}`). */
  readonly results: LabFile;
}

/** One row of the per-category table (AP over IoU .50:.95, at .50, at .75, and AR at the largest maxDets). */
export interface CocoCategoryRow {
  readonly id: number;
  readonly name: string;
  /** Annotations of the category (crowd ones included). */
  readonly annotations: number;
  readonly detections: number;
  readonly ap: Maybe;
  readonly ap50: Maybe;
  readonly ap75: Maybe;
  /** AR at the largest maxDets (100 for boxes, 20 for keypoints). */
  readonly ar: Maybe;
}

/** One object-size range of the evaluation (small, medium, large). */
export interface CocoSizeRow {
  readonly label: string;
  /** The range of `area` in px², edges inclusive (the last one ends at 1e10). */
  readonly range: readonly [number, number];
  readonly ap: Maybe;
  readonly ar: Maybe;
  /** Ground-truth objects counted in the range (not ignored). */
  readonly annotations: number;
  /** Detections whose area lies in the range. */
  readonly detections: number;
}

/** The traps this pair of files falls into, computed from the data. */
export interface CocoPitfalls {
  /** Categories with no ground truth that counts: left out of AP, their detections count for nothing. */
  readonly categoriesWithoutGt: readonly { id: number; name: string; detections: number }[];
  /** Images with no detection at all: every object in them is missed. */
  readonly imagesWithoutDetections: { count: number; annotations: number; firstIds: number[] };
  /** Detections past the cap of maxDets per image and category: not evaluated at all. */
  readonly beyondMaxDets: { maxDets: number; detections: number; pairsAtCap: number };
  /** Crowd annotations: a detection on one is ignored (neither true nor false positive). */
  readonly crowd: { annotations: number; images: number; detectionsOnCrowd: number };
  /** Keypoints: annotations without a visible keypoint, which COCOeval ignores. */
  readonly noVisibleKeypoints: number;
}

/** Per-image results at area 'all' and the largest maxDets (arrays in image-id order). */
export interface CocoPerImage {
  readonly ids: Float64Array;
  readonly annotations: Int32Array;
  /** Annotations COCOeval ignores (crowd; keypoints: none visible). */
  readonly ignored: Int32Array;
  readonly detections: Int32Array;
  readonly tp50: Int32Array;
  readonly fp50: Int32Array;
  readonly tp75: Int32Array;
  readonly fp75: Int32Array;
}

/** Result of the coco job. */
export interface CocoJobResult {
  readonly iouType: CocoIouType;
  readonly files: { readonly groundTruth: string; readonly results: string };
  /** The stat names of DESIGN.md (12 for boxes, 10 for keypoints), in pycocotools' order. */
  readonly statNames: readonly string[];
  /** The stats as pycocotools computes them; null where it prints -1. */
  readonly stats: readonly Maybe[];
  readonly counts: {
    readonly images: number;
    readonly categories: number;
    readonly annotations: number;
    readonly detections: number;
    /** Detections within maxDets of their image and category (the ones evaluated). */
    readonly evaluated: number;
  };
  /** The largest maxDets (100 boxes, 20 keypoints). */
  readonly maxDets: number;
  readonly categories: readonly CocoCategoryRow[];
  readonly iouThresholds: readonly number[];
  readonly recallThresholds: Float64Array;
  /**
   * Interpolated precision at each recall threshold, `[category][IoU threshold][recall threshold]`
   * (area 'all', largest maxDets); NaN for a category without ground truth.
   */
  readonly curves: Float32Array;
  readonly sizes: readonly CocoSizeRow[];
  readonly perImage: CocoPerImage;
  readonly pitfalls: CocoPitfalls;
  /** Milliseconds spent reading (decode + JSON.parse), checking, and evaluating. */
  readonly timings: { readonly readMs: number; readonly checkMs: number; readonly evaluateMs: number };
}
