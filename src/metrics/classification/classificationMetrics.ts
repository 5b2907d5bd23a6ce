/**
 * Accuracy and per-class precision, recall and F1 of a classifier (the reduce
 * step over a confusion matrix).
 */
import type { Maybe, NumArray } from '../types';
import { MetricInputError, assertFiniteArray } from '../validate';
import { confusionMatrix } from './confusionMatrix';

/** Every classification score of one confusion matrix. Per-class arrays are indexed by class id. */
export interface ClassificationResult {
  /** confusion[t][p]: samples of true class t predicted as p. */
  confusion: number[][];
  /** (sum of the diagonal) / (number of samples); null with no sample. */
  accuracy: Maybe;
  /** TP / (TP + FP); null where the class is never predicted. */
  precision: Maybe[];
  /** TP / (TP + FN); null where the class never occurs. */
  recall: Maybe[];
  /** 2TP / (2TP + FP + FN); null only where the class is neither true nor predicted. */
  f1: Maybe[];
  /** Per class: true positives (the diagonal). */
  tp: number[];
  /** Per class: false positives (column sum minus the diagonal). */
  fp: number[];
  /** Per class: false negatives (row sum minus the diagonal). */
  fn: number[];
  /** Per class: number of samples of that true class (TP + FN). */
  support: number[];
}

function ratio(num: number, den: number): Maybe {
  return den === 0 ? null : num / den;
}

/**
 * Reduces a confusion matrix (rows = true class, columns = predicted) to
 * accuracy = sum_k C[k][k] / sum C and, per class k with TP = C[k][k],
 * FP = sum_t C[t][k] - TP, FN = sum_p C[k][p] - TP:
 * precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN).
 *
 * Each value is null exactly where its own denominator is 0, which is where
 * scikit-learn 1.2.1 `precision_recall_fscore_support(labels=range(K),
 * average=None)` falls back to its `zero_division` setting. F1 is written
 * 2TP/(2TP+FP+FN) (van Rijsbergen's F-measure with beta = 1), so it is 0, not
 * undefined, for a class that occurs or is predicted but has no TP.
 *
 * Throws MetricInputError unless `confusion` is a square matrix of finite,
 * non-negative counts.
 */
export function classificationFromConfusion(confusion: readonly (readonly number[])[]): ClassificationResult {
  const n = confusion.length;
  if (n === 0) throw new MetricInputError('confusion', 'expected at least one class');
  const tp: number[] = [];
  const rowSum = new Array<number>(n).fill(0);
  const colSum = new Array<number>(n).fill(0);
  let total = 0;
  let correct = 0;
  for (let t = 0; t < n; t++) {
    const row = confusion[t];
    assertFiniteArray(`confusion[${t}]`, row);
    if (row.length !== n) {
      throw new MetricInputError(
        'confusion',
        `row ${t} has ${row.length} entries, expected ${n} (a square matrix)`,
      );
    }
    for (let p = 0; p < n; p++) {
      const c = row[p] as number;
      if (c < 0) throw new MetricInputError('confusion', `entry [${t}][${p}] is negative (${c})`);
      rowSum[t]! += c;
      colSum[p]! += c;
      total += c;
    }
    const diag = row[t] as number;
    tp.push(diag);
    correct += diag;
  }
  const fp = colSum.map((c, k) => c - tp[k]!);
  const fn = rowSum.map((r, k) => r - tp[k]!);
  return {
    confusion: confusion.map((row) => Array.from(row)),
    accuracy: ratio(correct, total),
    precision: tp.map((t, k) => ratio(t, colSum[k]!)),
    recall: tp.map((t, k) => ratio(t, rowSum[k]!)),
    f1: tp.map((t, k) => ratio(2 * t, 2 * t + fp[k]! + fn[k]!)),
    tp,
    fp,
    fn,
    support: rowSum,
  };
}

/**
 * Confusion matrix, accuracy and per-class precision, recall and F1 of
 * predicted labels `pred` against true labels `gt`, both integer class ids in
 * [0, numClasses). See {@link classificationFromConfusion} for the formulas;
 * the result equals numpy counting cross-checked with scikit-learn 1.2.1
 * `confusion_matrix` and `precision_recall_fscore_support(average=None)`.
 *
 * Throws MetricInputError for mismatched lengths or out-of-range labels.
 */
export function classificationMetrics(
  gt: NumArray,
  pred: NumArray,
  numClasses: number,
): ClassificationResult {
  return classificationFromConfusion(confusionMatrix(gt, pred, numClasses));
}
