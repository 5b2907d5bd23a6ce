/**
 * Registry entries of the simple detection metrics: `box_iou` and `voc_ap`
 * of test/reference/FORMAT.md, and the app-only details `detection_match`
 * (greedy matching, precision-recall curve and AP by three interpolations)
 * and `detection_image_counts` (TP, FP, FN per image and pooled). The COCO
 * evaluation lives in ./coco.
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import { box, finite, flag, numArray, optionalNumber } from '../args';
import { boxIou } from './boxIou';
import { TIE_RULES, matchDetections, type Detection, type GroundTruth } from './match';
import { summarizeMatches } from './averagePrecision';
import { imageCounts } from './imageCounts';
import { vocAp } from './vocAp';

const classLabel = v.optional(v.union([v.number(), v.string()], 'expected a class id or name'), 0);

const detection = v.object({ box, score: finite, class: classLabel }, 'expected an object');
const groundTruth = v.object({ box, class: classLabel }, 'expected an object');

/** Args of `detection_match`. */
const matchArgs = {
  detections: v.array(detection, 'expected an array'),
  ground_truths: v.array(groundTruth, 'expected an array'),
  iou_threshold: optionalNumber(0.5),
  tie_rule: v.optional(v.picklist(TIE_RULES, `expected one of ${TIE_RULES.join(', ')}`), 'stable'),
};

/**
 * `detection_match`: detections [{box, score, class}] and ground truths
 * [{box, class}] (class default 0) matched greedily at `iou_threshold`
 * (default 0.5) with ties ordered by `tie_rule`. Returns the matched rows,
 * the pooled PR points and envelope, per-class APs and the mean APs.
 */
export function detectionMatch(
  detections: readonly Detection[],
  groundTruths: readonly GroundTruth[],
  iouThreshold: number,
  tieRule: (typeof TIE_RULES)[number],
) {
  const match = matchDetections(detections, groundTruths, iouThreshold, tieRule);
  const s = summarizeMatches(match);
  const points = match.detections.map((d, k) => ({
    index: d.index,
    score: d.score,
    tp: s.curve.tp[k]!,
    fp: s.curve.fp[k]!,
    recall: s.curve.recall[k]!,
    precision: s.curve.precision[k]!,
  }));
  return {
    detections: match.detections,
    ground_truths: match.ground_truths,
    points,
    envelope: points.map((p, k) => ({ recall: p.recall, precision: s.envelope[k]! })),
    classes: s.classes,
    num_gt: groundTruths.length,
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    ap_voc07: s.ap_voc07,
    ap_voc: s.ap_voc,
    ap_coco101: s.ap_coco101,
  };
}

/** The result of `detection_match`. */
export type DetectionMatchResult = ReturnType<typeof detectionMatch>;

/** Entries `box_iou`, `voc_ap` and the app-only `detection_match`, `detection_image_counts`. */
export const detectionEntries = [
  defineMetric({
    id: 'box_iou',
    args: { a: box, b: box },
    run: (a) => boxIou(a.a, a.b),
  }),
  defineMetric({
    id: 'voc_ap',
    args: { recall: numArray, precision: numArray, use_07_metric: flag(false) },
    run: (a) => vocAp(a.recall, a.precision, a.use_07_metric),
  }),
  defineMetric({
    id: 'detection_match',
    fields: ['tp', 'fp', 'fn', 'num_gt', 'ap_voc07', 'ap_voc', 'ap_coco101'],
    args: matchArgs,
    run: (a) => detectionMatch(a.detections, a.ground_truths, a.iou_threshold, a.tie_rule),
  }),
  /**
   * `detection_image_counts`: args `images` [{ground_truths: [{box, class}],
   * detections: [{box, score, class}]}] and `iou_threshold` (default 0.5).
   * Per image and for the dataset: TP, FP, FN, precision and recall (null where 0/0).
   */
  defineMetric({
    id: 'detection_image_counts',
    args: {
      images: v.array(
        v.object(
          {
            ground_truths: v.array(groundTruth, 'expected an array'),
            detections: v.array(detection, 'expected an array'),
          },
          'expected an object',
        ),
        'expected an array',
      ),
      iou_threshold: optionalNumber(0.5),
    },
    run: (a) => imageCounts(a.images, a.iou_threshold),
  }),
] as const;
