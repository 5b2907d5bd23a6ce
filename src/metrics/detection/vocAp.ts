/**
 * PASCAL VOC average precision of a precision-recall curve.
 */
import type { NumArray } from '../types';
import { MetricInputError, assertFiniteArray, assertSameLength } from '../validate';

/**
 * Throws MetricInputError unless `recall` and `precision` are equally long
 * arrays of values in [0, 1] with recall non-decreasing (as any curve from a
 * ranking is).
 */
export function assertPrCurve(recall: unknown, precision: unknown): asserts recall is NumArray {
  assertFiniteArray('recall', recall);
  assertFiniteArray('precision', precision);
  assertSameLength('recall', recall.length, 'precision', precision.length);
  for (let i = 0; i < recall.length; i++) {
    const r = recall[i] as number;
    const p = precision[i] as number;
    if (r < 0 || r > 1)
      throw new MetricInputError('recall', `element ${i} is ${r}, expected a value in [0, 1]`);
    if (p < 0 || p > 1)
      throw new MetricInputError('precision', `element ${i} is ${p}, expected a value in [0, 1]`);
    if (i > 0 && r < (recall[i - 1] as number)) {
      throw new MetricInputError(
        'recall',
        `element ${i} (${r}) is below the previous one: recall must not decrease`,
      );
    }
  }
}

/** The VOC 2007 recall thresholds, exactly as numpy's `arange(0., 1.1, 0.1)` gives them (0.30000000000000004, ...). */
export const VOC07_RECALL_THRESHOLDS: readonly number[] = Array.from({ length: 11 }, (_, i) => i * 0.1);

/**
 * Average precision as py-faster-rcnn `voc_ap(rec, prec, use_07_metric)`
 * (rbgirshick/py-faster-rcnn lib/datasets/voc_eval.py @45e0da9):
 *
 * - `use07` true (VOC 2007, 11-point): AP = sum over t in
 *   {0, 0.1, ..., 1} (numpy `arange(0, 1.1, 0.1)`) of
 *   max{precision_k : recall_k >= t} / 11, the max being 0 when no point
 *   reaches t. Summed in that order, so a perfect curve gives
 *   1.0000000000000002 as numpy does.
 * - `use07` false (VOC 2010+, all points): area under the monotone
 *   envelope of the curve with sentinels recall [0, ..., 1] and precision
 *   [0, ..., 0]: AP = sum over recall changes of (r_{i+1} - r_i) env_{i+1}.
 *
 * An empty curve gives 0. Throws MetricInputError for unequal lengths,
 * values outside [0, 1] or a decreasing recall.
 */
export function vocAp(recall: NumArray, precision: NumArray, use07: boolean): number {
  assertPrCurve(recall, precision);
  const n = recall.length;
  if (use07) {
    let ap = 0;
    for (const t of VOC07_RECALL_THRESHOLDS) {
      let p = 0;
      let any = false;
      for (let i = 0; i < n; i++) {
        if ((recall[i] as number) >= t) {
          const q = precision[i] as number;
          if (!any || q > p) p = q;
          any = true;
        }
      }
      ap = ap + p / 11;
    }
    return ap;
  }
  const mrec = [0, ...Array.from(recall), 1];
  const mpre = [0, ...Array.from(precision), 0];
  for (let i = mpre.length - 1; i > 0; i--) mpre[i - 1] = Math.max(mpre[i - 1]!, mpre[i]!);
  let ap = 0;
  for (let i = 0; i + 1 < mrec.length; i++) {
    if (mrec[i + 1] !== mrec[i]) ap += (mrec[i + 1]! - mrec[i]!) * mpre[i + 1]!;
  }
  return ap;
}
