/**
 * Top-k accuracy of class scores (ImageNet's top-5 is k = 5): a sample counts
 * as correct when its true class is among the k classes with the highest
 * scores.
 */
import type { NumArray } from '../types';
import { MetricInputError, assertFiniteArray, isArrayLike } from '../validate';

/** What topk returns. */
export interface TopkResult {
  /** Share of samples whose true class ranks within the first k; null with no sample. */
  accuracy: number | null;
  /** Rank of each sample's true class (1 = best), ties counted in its favour. */
  ranks: number[];
  /** The k used, capped at the number of classes. */
  k: number;
}

/**
 * Rank of class `label` in `row`: 1 + the number of classes with a strictly
 * higher score (a tie with the true class counts in its favour, so a row of
 * equal scores ranks every class first).
 */
export function trueClassRank(row: NumArray, label: number): number {
  const own = row[label] as number;
  let above = 0;
  for (let j = 0; j < row.length; j++) if ((row[j] as number) > own) above++;
  return above + 1;
}

/**
 * Top-k accuracy (1/N) #{i : rank of y_i in scores_i <= k}. Scores may be
 * probabilities or any real-valued logits (only their order counts). A k
 * larger than the number of classes C is capped at C (every sample correct).
 * Throws MetricInputError for ragged or non-finite rows, a label outside
 * [0, C - 1], unequal lengths or k < 1.
 */
export function topk(scores: readonly NumArray[], labels: NumArray, k: number): TopkResult {
  if (!Array.isArray(scores)) throw new MetricInputError('scores', 'expected an array of rows');
  if (!isArrayLike(labels)) throw new MetricInputError('labels', 'expected an array of class ids');
  if (scores.length !== labels.length)
    throw new MetricInputError(
      'labels',
      `expected ${scores.length} labels, one per row (got ${labels.length})`,
    );
  if (!Number.isInteger(k) || k < 1) throw new MetricInputError('k', 'expected a positive integer');
  const n = scores.length;
  const classes = n > 0 ? (scores[0] as NumArray).length : 0;
  const ranks: number[] = [];
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const row = scores[i] as NumArray;
    assertFiniteArray(`scores[${i}]`, row);
    if (row.length !== classes || classes === 0)
      throw new MetricInputError(
        'scores',
        `row ${i} has ${row.length} entries, expected ${classes} (at least 1)`,
      );
    const y = labels[i];
    if (typeof y !== 'number' || !Number.isInteger(y) || y < 0 || y >= classes)
      throw new MetricInputError(
        'labels',
        `element ${i} is ${String(y)}, expected a class id in [0, ${classes - 1}]`,
      );
    const rank = trueClassRank(row, y);
    ranks.push(rank);
    if (rank <= k) correct++;
  }
  return { accuracy: n === 0 ? null : correct / n, ranks, k: Math.min(k, Math.max(classes, 1)) };
}
