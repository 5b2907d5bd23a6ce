/**
 * Average precision of one precision-recall curve by the three interpolations
 * in use: VOC 2007 11-point, VOC all-point and COCO 101-point.
 */
import type { Maybe, NumArray } from '../types';
import type { ClassLabel, MatchResult } from './match';
import { type PrCurve, prCurve, precisionEnvelope } from './prCurve';
import { assertPrCurve, vocAp } from './vocAp';
import { envelopeInPlace, sampleAtRecall } from './interpolatedPrecision';

/** The COCO recall thresholds as pycocotools builds them: np.linspace(0, 1, 101) (i * 0.01, the last exactly 1). */
export const COCO_RECALL_THRESHOLDS: readonly number[] = Array.from({ length: 101 }, (_, i) =>
  i === 100 ? 1 : i * (1 / 100),
);

/**
 * COCO 101-point AP of one curve as pycocotools `COCOeval.accumulate`
 * (cocoapi@8c9bcc3), through the same `envelopeInPlace` and `sampleAtRecall`
 * as `accumulateCoco`: make precision monotone from the right
 * (pr[i-1] = max(pr[i-1], pr[i])), then for each threshold t in
 * linspace(0, 1, 101) take the precision at the first point with
 * recall >= t (`np.searchsorted(rc, recThrs, side='left')`), 0 when recall
 * never reaches t, and average the 101 values.
 *
 * Throws MetricInputError for an invalid curve (see assertPrCurve).
 */
export function apCoco101(recall: NumArray, precision: NumArray): number {
  assertPrCurve(recall, precision);
  const n = recall.length;
  const pr = Array.from(precision);
  envelopeInPlace(pr, n);
  const sampled = new Array<number>(COCO_RECALL_THRESHOLDS.length);
  sampleAtRecall(recall, pr, n, COCO_RECALL_THRESHOLDS, sampled);
  let sum = 0;
  for (const p of sampled) sum += p;
  return sum / COCO_RECALL_THRESHOLDS.length;
}

/** AP of one curve by the three interpolations; null when the curve has no ground truth. */
export interface ApTriple {
  ap_voc07: Maybe;
  ap_voc: Maybe;
  ap_coco101: Maybe;
}

/**
 * The three APs of one curve of `prCurve`: VOC 2007 11-point and VOC
 * all-point (`vocAp`), COCO 101-point (`apCoco101`). Each is null when the
 * curve has no ground truth (recall undefined; pycocotools marks such a
 * class -1 and leaves it out), and 0 for a curve with ground truths but no
 * detection. Each lies in [0, 1] (the 11-point sum may exceed 1 by one ulp,
 * as in numpy).
 */
export function averagePrecision(curve: PrCurve): ApTriple {
  if (curve.num_gt === 0) return { ap_voc07: null, ap_voc: null, ap_coco101: null };
  const recall = curve.recall.map((r) => r ?? 0);
  return {
    ap_voc07: vocAp(recall, curve.precision, true),
    ap_voc: vocAp(recall, curve.precision, false),
    ap_coco101: apCoco101(recall, curve.precision),
  };
}

/** Scores of one class. */
export interface ClassAp extends ApTriple {
  class: ClassLabel;
  num_gt: number;
  num_det: number;
}

/** Per-class and mean APs plus the pooled curve of a matching. */
export interface DetectionSummary extends ApTriple {
  /** Pooled curve: all detections in rank order, TP/FP from the class-aware matching, recall over all ground truths. */
  curve: PrCurve;
  /** Monotone envelope of the pooled curve's precision. */
  envelope: number[];
  /** Per class (numbers ascending, then names), AP over that class's own curve. */
  classes: ClassAp[];
  /** Totals over all classes. */
  tp: number;
  fp: number;
  fn: number;
}

function compareClass(a: ClassLabel, b: ClassLabel): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Summarises a `matchDetections` result: for each class, the curve of its
 * own detections (in rank order) over its own ground truths and the three
 * APs; the means over classes with at least one ground truth (mAP, as
 * pycocotools averages over categories and skips those without ground
 * truth; null when there is none); and the pooled curve of all detections
 * for display, identical to the class curve when there is one class.
 */
export function summarizeMatches(match: MatchResult): DetectionSummary {
  const labels: ClassLabel[] = [];
  for (const r of [...match.ground_truths, ...match.detections])
    if (!labels.includes(r.class)) labels.push(r.class);
  labels.sort(compareClass);
  const classes = labels.map((c): ClassAp => {
    const numGt = match.ground_truths.filter((g) => g.class === c).length;
    const hits = match.detections.filter((d) => d.class === c).map((d) => d.tp);
    return { class: c, num_gt: numGt, num_det: hits.length, ...averagePrecision(prCurve(hits, numGt)) };
  });
  const mean = (key: keyof ApTriple): Maybe => {
    const vals = classes.filter((c) => c.num_gt > 0).map((c) => c[key] as number);
    return vals.length === 0 ? null : vals.reduce((a, b) => a + b, 0) / vals.length;
  };
  const curve = prCurve(
    match.detections.map((d) => d.tp),
    match.ground_truths.length,
  );
  const tp = match.detections.filter((d) => d.tp).length;
  return {
    curve,
    envelope: precisionEnvelope(curve.precision),
    classes,
    ap_voc07: mean('ap_voc07'),
    ap_voc: mean('ap_voc'),
    ap_coco101: mean('ap_coco101'),
    tp,
    fp: match.detections.length - tp,
    fn: match.ground_truths.length - tp,
  };
}
