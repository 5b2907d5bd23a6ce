/**
 * Shapes of the worker results the pose figures read (the section may not
 * import metric code, so they are restated here; see
 * src/metrics/pose-widgets/poseTerms.ts and keypointMatches.ts, and
 * src/metrics/detection/coco/summarize.ts for the keypoint stats).
 */

/** `pose_oks_terms`. */
export interface OksTermsResult {
  oks: number;
  similarity: (number | null)[];
  counted: number;
  distance: number[];
  sigma: number[];
  k: number[];
  area: number;
  s: number;
}

/** `pose_ring_radii`: radius[joint][similarity index]. */
export interface RingRadiiResult {
  sigma: number[];
  radius: number[][];
}

/** `pose_pck_terms`. */
export interface PckTermsResult {
  pck: number | null;
  ref_distance: number;
  threshold: number;
  distance: (number | null)[];
  correct: (boolean | null)[];
}

/** The keypoint stat names of `coco_eval` (pycocotools `_summarizeKps` order). */
export const KEYPOINT_STATS = [
  'ap',
  'ap50',
  'ap75',
  'ap_medium',
  'ap_large',
  'ar',
  'ar50',
  'ar75',
  'ar_medium',
  'ar_large',
] as const;

/** `coco_eval` with iou_type "keypoints": the named stats and the AP at each threshold. */
export type KeypointEvalResult = Record<(typeof KEYPOINT_STATS)[number], number | null> & {
  perThresholdAp: (number | null)[];
  params: { iouThrs: ArrayLike<number> };
};

/** One row of `pose_keypoint_matches`. */
export interface KeypointMatchRow {
  index: number;
  rank: number;
  score: number;
  outcome: ('tp' | 'fp' | 'ignored')[];
  matched: (number | null)[];
  oks: (number | null)[];
}

/** `pose_keypoint_matches`. */
export interface KeypointMatchesResult {
  thresholds: number[];
  per_threshold_ap: (number | null)[];
  rows: KeypointMatchRow[];
}
