/**
 * What libraries do with an IoU or Dice of 0/0 (a class absent from both
 * the ground truth and the prediction), and what each choice does to the
 * class mean. Used by the "empty reference" figure of the segmentation
 * section.
 */
import type { Maybe } from '../types';
import { MetricInputError } from '../validate';

/** Class means under the three conventions for undefined (0/0) per-class values. */
export interface ZeroDivisionMeans {
  /**
   * Undefined classes are left out of the mean (numpy `nanmean`):
   * mmsegmentation `total_area_to_metrics` (NaN per class, then nanmean),
   * MONAI `DiceMetric(ignore_empty=True)`, the default.
   */
  skip: Maybe;
  /**
   * Undefined classes count as a perfect 1: MONAI `DiceMetric(ignore_empty=False)`
   * when the prediction is empty too; MetricsReloaded reports Dice 1 for two
   * empty masks.
   */
  one: Maybe;
  /**
   * Undefined classes count as 0: scikit-learn `jaccard_score` with its default
   * `zero_division="warn"` (acts as 0 and warns), torchmetrics
   * `JaccardIndex(zero_division=0)`, its default.
   */
  zero: Maybe;
  /** Class ids whose value is undefined. */
  undefinedClasses: number[];
}

/**
 * Means of per-class values (IoU or Dice, null where 0/0) under three
 * conventions: skip the undefined classes, count them as 1, count them as 0.
 * With C classes of which U are undefined and S the sum of the defined values:
 * skip = S / (C - U) (null when U = C), one = (S + U) / C, zero = S / C.
 * An empty list has no mean (every field null).
 */
export function zeroDivisionMeans(values: readonly Maybe[]): ZeroDivisionMeans {
  let sum = 0;
  const undefinedClasses: number[] = [];
  values.forEach((v, c) => {
    if (v === null) undefinedClasses.push(c);
    else if (!Number.isFinite(v))
      throw new MetricInputError(`values[${c}]`, `expected a finite number or null, got ${v}`);
    else sum += v;
  });
  const n = values.length;
  const defined = n - undefinedClasses.length;
  if (n === 0) return { skip: null, one: null, zero: null, undefinedClasses };
  return {
    skip: defined === 0 ? null : sum / defined,
    one: (sum + undefinedClasses.length) / n,
    zero: sum / n,
    undefinedClasses,
  };
}
