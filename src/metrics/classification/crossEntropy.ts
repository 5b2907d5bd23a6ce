/**
 * Cross-entropy (log loss) and top-1 accuracy of predicted class probabilities.
 */
import type { Maybe, NumArray } from '../types';
import { MetricInputError, assertFiniteArray, assertSameLength, isArrayLike } from '../validate';

/** Mean log loss and top-1 accuracy. */
export interface CrossEntropyResult {
  /** mean over samples of -ln p[label]; Infinity when some p[label] is 0; null with no sample. */
  loss: Maybe;
  /** fraction of samples whose argmax (first maximum on ties) is the label; null with no sample. */
  accuracy: Maybe;
}

/** How far a row's sum may be from 1 and still count as a probability distribution. */
export const PROBABILITY_SUM_TOLERANCE = 1e-6;

/**
 * Index of the largest entry, the first one on ties (as numpy's `argmax`).
 */
export function argmaxFirst(row: NumArray): number {
  let best = 0;
  for (let k = 1; k < row.length; k++) if ((row[k] as number) > (row[best] as number)) best = k;
  return best;
}

/**
 * Cross-entropy loss L = (1/N) sum_i -ln p_i[y_i] and accuracy
 * (1/N) #{i : argmax_k p_i[k] = y_i}, the argmax taking the first maximum.
 *
 * Matches numpy 1.24.2 `np.mean(-np.log(probs[np.arange(N), labels]))` and
 * `np.mean(np.argmax(probs, axis=1) == labels)` (the log loss of
 * scikit-learn `log_loss` without its clipping of p to [eps, 1 - eps]: a true
 * class given probability 0 yields an infinite loss, reported as Infinity).
 *
 * Throws MetricInputError unless each row of `probs` is a probability
 * distribution (entries in [0, 1], sum within 1e-6 of 1), all rows have the
 * same length, `labels` has one integer class id per row in range.
 */
export function crossEntropy(probs: readonly NumArray[], labels: NumArray): CrossEntropyResult {
  if (!Array.isArray(probs)) throw new MetricInputError('probs', 'expected an array of rows');
  if (!isArrayLike(labels)) throw new MetricInputError('labels', 'expected an array of class ids');
  assertSameLength('probs', probs.length, 'labels', labels.length);
  const n = probs.length;
  if (n === 0) return { loss: null, accuracy: null };
  let k = -1;
  let lossSum = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const row = probs[i];
    assertFiniteArray(`probs[${i}]`, row);
    if (k === -1) k = row.length;
    if (row.length !== k || k === 0) {
      throw new MetricInputError('probs', `row ${i} has ${row.length} entries, expected ${k} (at least 1)`);
    }
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const p = row[j] as number;
      if (p < 0 || p > 1)
        throw new MetricInputError('probs', `entry [${i}][${j}] = ${p} is not a probability`);
      sum += p;
    }
    if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
      throw new MetricInputError('probs', `row ${i} sums to ${sum}, expected 1`);
    }
    const y = labels[i];
    if (typeof y !== 'number' || !Number.isInteger(y) || y < 0 || y >= k) {
      throw new MetricInputError(
        'labels',
        `element ${i} is ${String(y)}, expected a class id in [0, ${k - 1}]`,
      );
    }
    lossSum += -Math.log(row[y] as number);
    if (argmaxFirst(row) === y) correct += 1;
  }
  return { loss: lossSum / n, accuracy: correct / n };
}
