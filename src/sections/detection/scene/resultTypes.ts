/**
 * Shapes of the worker results the detection figures read (the section may
 * not import metric code, so they are restated here; see
 * src/metrics/detection/entries.ts `detectionMatch`, src/metrics/detection/
 * coco/summarize.ts and src/metrics/detection-widgets/imageCounts.ts).
 */

/** A ranked detection row of `detection_match`. */
export interface MatchRow {
  index: number;
  rank: number;
  score: number;
  class: string | number;
  tp: boolean;
  gt_index: number | null;
  iou: number | null;
  fp_reason: 'no-ground-truth' | 'low-iou' | 'duplicate' | null;
}

/** Per-class APs of `detection_match`. */
export interface MatchClassAp {
  class: string | number;
  num_gt: number;
  num_det: number;
  ap_voc07: number | null;
  ap_voc: number | null;
  ap_coco101: number | null;
}

/** The result of `detection_match`. */
export interface MatchResult {
  detections: MatchRow[];
  points: {
    index: number;
    score: number;
    tp: number;
    fp: number;
    recall: number | null;
    precision: number;
  }[];
  envelope: { recall: number | null; precision: number }[];
  classes: MatchClassAp[];
  num_gt: number;
  tp: number;
  fp: number;
  fn: number;
  ap_voc07: number | null;
  ap_voc: number | null;
  ap_coco101: number | null;
}

/** The named bbox stats of `coco_eval` (null where there is no ground truth in a range). */
export type CocoStats = Record<
  | 'ap'
  | 'ap50'
  | 'ap75'
  | 'ap_small'
  | 'ap_medium'
  | 'ap_large'
  | 'ar1'
  | 'ar10'
  | 'ar100'
  | 'ar_small'
  | 'ar_medium'
  | 'ar_large',
  number | null
>;

/** Counts of `detection_image_counts` for one image or the dataset. */
export interface Counts {
  num_gt: number;
  num_det: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

/** The result of `detection_image_counts`. */
export interface ImageCounts {
  images: Counts[];
  dataset: Counts;
}
