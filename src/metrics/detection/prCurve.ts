/**
 * Precision-recall curve of ranked, matched detections.
 */
import type { Maybe } from '../types';
import { MetricInputError, assertNonNegativeInt } from '../validate';

/** One point per detection, in rank order. */
export interface PrCurve {
  /** Number of ground truths (the recall denominator). */
  num_gt: number;
  /** Cumulative true positives after each detection. */
  tp: number[];
  /** Cumulative false positives after each detection. */
  fp: number[];
  /** tp / num_gt; null when num_gt is 0. */
  recall: Maybe[];
  /** tp / (tp + fp). */
  precision: number[];
}

/**
 * Cumulative counts down the ranking: after the k-th detection,
 * TP_k = #true positives among the first k, FP_k = k - TP_k,
 * recall_k = TP_k / num_gt, precision_k = TP_k / (TP_k + FP_k).
 *
 * The curve of pycocotools `COCOeval.accumulate` (cocoapi@8c9bcc3: `tps`,
 * `fps` cumsum, `rc = tp / npig`) and of py-faster-rcnn `voc_eval`
 * (`rec = tp / npos`, `prec = tp / max(tp + fp, eps)`). pycocotools divides
 * precision by tp + fp + np.spacing(1), a relative difference below 1e-15.
 * Recall is null for every point when num_gt is 0.
 *
 * Throws MetricInputError when `numGt` is not a non-negative integer or the
 * true positives outnumber it.
 */
export function prCurve(isTp: readonly boolean[], numGt: number): PrCurve {
  assertNonNegativeInt('num_gt', numGt);
  const curve: PrCurve = { num_gt: numGt, tp: [], fp: [], recall: [], precision: [] };
  let tp = 0;
  let fp = 0;
  for (const hit of isTp) {
    if (hit) tp++;
    else fp++;
    curve.tp.push(tp);
    curve.fp.push(fp);
    curve.recall.push(numGt === 0 ? null : tp / numGt);
    curve.precision.push(tp / (tp + fp));
  }
  if (tp > numGt)
    throw new MetricInputError('num_gt', `${tp} true positives but only ${numGt} ground truths`);
  return curve;
}

/**
 * The monotone precision envelope: env_k = max_{j >= k} precision_j, the
 * interpolated precision that VOC and COCO average.
 */
export function precisionEnvelope(precision: readonly number[]): number[] {
  const env = precision.slice();
  for (let i = env.length - 2; i >= 0; i--) env[i] = Math.max(env[i]!, env[i + 1]!);
  return env;
}
