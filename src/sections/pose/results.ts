/**
 * Names for the worker results this section reads, derived from the entries'
 * declarations (nothing restated by hand), and the keypoint stats it shows.
 */
import type { MetricResult } from '../../worker/door';
import type { CocoKeypointsEvalResult } from '../../metrics/detection/coco/cocoEval';
import type { MetricState } from '../../worker/protocol';
import { KEYPOINT_STAT_NAMES } from '../../metrics/detection/coco/cocoKeypoints';

/** `pose_oks_terms`. */
export type OksTermsResult = MetricResult<'pose_oks_terms'>;
/** `pose_ring_radii`. */
export type RingRadiiResult = MetricResult<'pose_ring_radii'>;
/** `pose_pck_terms`. */
export type PckTermsResult = MetricResult<'pose_pck_terms'>;
/** `coco_eval` with `iou_type: "keypoints"`. */
export type KeypointEvalResult = CocoKeypointsEvalResult;
/** `pose_keypoint_matches`. */
export type KeypointMatchesResult = MetricResult<'pose_keypoint_matches'>;
/** One detection's row of `pose_keypoint_matches`. */
export type KeypointMatchRow = KeypointMatchesResult['rows'][number];

/** The keypoint stats the AP figure shows, in pycocotools' order. */
export const KEYPOINT_STATS = KEYPOINT_STAT_NAMES satisfies readonly (keyof KeypointEvalResult)[];

/** The keypoint result of a `coco_eval` request, or undefined (for a bbox result, which the pose figures never ask for). */
export function keypointEval(r: MetricResult<'coco_eval'> | undefined): KeypointEvalResult | undefined {
  return r?.iouType === 'keypoints' ? r : undefined;
}

/** A `coco_eval` request's state with its value narrowed to the keypoint result. */
export function keypointState(s: MetricState<MetricResult<'coco_eval'>>): MetricState<KeypointEvalResult> {
  return { ...s, value: keypointEval(s.value) };
}
