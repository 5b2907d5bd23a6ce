/**
 * Names for the worker results this section reads, derived from the entries'
 * declarations (nothing restated by hand).
 */
import type { MetricResult } from '../../../../worker/door';
import type { CocoBboxEvalResult } from '../../../../metrics/detection/coco/cocoEval';
import type { MetricState } from '../../../../worker/protocol';

/** `detection_match`. */
export type MatchResult = MetricResult<'detection_match'>;
/** One ranked detection of `detection_match`. */
export type MatchRow = MatchResult['detections'][number];
/** The APs of one class of `detection_match`. */
export type MatchClassAp = MatchResult['classes'][number];
/** `coco_eval` with `iou_type: "bbox"`: its named stats and tables. */
export type CocoStats = CocoBboxEvalResult;
/** `detection_image_counts`. */
export type ImageCounts = MetricResult<'detection_image_counts'>;
/** The counts of one image (or of the dataset). */
export type Counts = ImageCounts['dataset'];

/** The bbox result of a `coco_eval` request, or undefined (for a keypoint result, which detection figures never ask for). */
export function bboxStats(r: MetricResult<'coco_eval'> | undefined): CocoStats | undefined {
  return r?.iouType === 'bbox' ? r : undefined;
}

/** A `coco_eval` request's state with its value narrowed to the bbox result. */
export function bboxState(s: MetricState<MetricResult<'coco_eval'>>): MetricState<CocoStats> {
  return { ...s, value: bboxStats(s.value) };
}
