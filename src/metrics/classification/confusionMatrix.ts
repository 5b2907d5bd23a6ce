/**
 * Confusion matrix of a classifier (the accumulate step of every
 * classification metric).
 */
import type { NumArray } from '../types';
import { assertSameLength } from '../validate';
import { assertLabels } from './labels';

/**
 * Counts of (true class, predicted class) pairs: `confusion[t][p]` is the
 * number of samples whose true label is `t` and whose prediction is `p`
 * (rows = true class, columns = predicted class).
 *
 * Matches `sklearn.metrics.confusion_matrix(gt, pred, labels=range(K))`
 * (scikit-learn 1.2.1), which uses the same orientation.
 *
 * Throws MetricInputError when `gt` and `pred` differ in length or hold a
 * label outside [0, numClasses).
 */
export function confusionMatrix(gt: NumArray, pred: NumArray, numClasses: number): number[][] {
  assertLabels('gt', gt, numClasses);
  assertLabels('pred', pred, numClasses);
  assertSameLength('gt', gt.length, 'pred', pred.length);
  const flat = new Float64Array(numClasses * numClasses);
  for (let i = 0; i < gt.length; i++) {
    flat[(gt[i] as number) * numClasses + (pred[i] as number)]! += 1;
  }
  const rows: number[][] = [];
  for (let t = 0; t < numClasses; t++)
    rows.push(Array.from(flat.subarray(t * numClasses, (t + 1) * numClasses)));
  return rows;
}
