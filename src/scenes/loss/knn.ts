/**
 * Leakage and overfitting with a k-nearest-neighbour classifier on seeded,
 * overlapping toy clouds: training and test accuracy for every k from
 * {@link KNN_MAX_K} down to 1 (smaller k, more capacity), with or without the
 * test points leaked into the training set. Accuracy comes from the metrics
 * package's `classificationMetrics`.
 */
import { classificationMetrics } from '../../metrics/classification/classificationMetrics';
import { toyPoints, type ToyPoint } from './toyData';

/** Largest k of the figure. */
export const KNN_MAX_K = 50;
/** Seed of the default toy set. */
export const KNN_SEED = 12;

/** Training and test accuracy for one k, and the curves over every k. */
export interface KnnResult {
  k: number;
  leak: boolean;
  train_accuracy: number;
  test_accuracy: number;
  /** Index k - 1: accuracy with that k, for k = 1..KNN_MAX_K. */
  train_curve: number[];
  test_curve: number[];
}

/** The seeded sets: 60 + 60 training points and 40 + 40 test points from overlapping clouds. */
export function knnData(seed: number): { train: ToyPoint[]; test: ToyPoint[] } {
  return {
    train: toyPoints({ perClass: 60, separation: 0.7, spread: 1, seed }),
    test: toyPoints({ perClass: 40, separation: 0.7, spread: 1, seed: seed + 500 }),
  };
}

/**
 * For each query, the labels of its training points ordered by distance
 * (squared Euclidean; ties broken by training index, so the result is
 * deterministic), first `maxK` of them.
 */
export function neighbourLabels(
  queries: readonly ToyPoint[],
  train: readonly ToyPoint[],
  maxK: number,
): number[][] {
  return queries.map((q) => {
    const order = train
      .map((t, i) => ({ i, d: (t.x - q.x) ** 2 + (t.y - q.y) ** 2 }))
      .sort((a, b) => a.d - b.d || a.i - b.i);
    return order.slice(0, maxK).map((o) => (train[o.i] as ToyPoint).label);
  });
}

/** Majority vote of the first k labels; a tie goes to the nearest neighbour's label. */
export function vote(labels: readonly number[], k: number): number {
  let ones = 0;
  for (let j = 0; j < k; j++) ones += labels[j] as number;
  if (2 * ones === k) return labels[0] as number;
  return 2 * ones > k ? 1 : 0;
}

function accuracyCurve(queries: readonly ToyPoint[], train: readonly ToyPoint[]): number[] {
  const near = neighbourLabels(queries, train, KNN_MAX_K);
  const gt = queries.map((q) => q.label);
  return Array.from(
    { length: KNN_MAX_K },
    (_, j) =>
      classificationMetrics(
        gt,
        near.map((l) => vote(l, j + 1)),
        2,
      ).accuracy as number,
  );
}

/**
 * k-NN accuracy on the training set (each training point is its own nearest
 * neighbour, as when a model is scored on the data it memorised) and on the
 * test set, for `k` (clamped to 1..KNN_MAX_K) and as curves over every k.
 * With `leak`, the test points are added to the training set first.
 */
export function knnLeakage(k: number, leak: boolean, seed = KNN_SEED): KnnResult {
  const kk = Math.max(1, Math.min(KNN_MAX_K, Math.round(k)));
  const { train, test } = knnData(seed);
  const fitted = leak ? [...train, ...test] : train;
  const train_curve = accuracyCurve(train, fitted);
  const test_curve = accuracyCurve(test, fitted);
  return {
    k: kk,
    leak,
    train_accuracy: train_curve[kk - 1] as number,
    test_accuracy: test_curve[kk - 1] as number,
    train_curve,
    test_curve,
  };
}
