/**
 * Checks of integer class labels shared by the classification metrics.
 */
import type { NumArray } from '../types';
import { MetricInputError, assertPositiveInt, isArrayLike } from '../validate';

/**
 * Throws a MetricInputError naming `name` unless every element of `labels` is
 * an integer class id in [0, numClasses).
 */
export function assertLabels(name: string, labels: unknown, numClasses: number): asserts labels is NumArray {
  assertPositiveInt('num_classes', numClasses);
  if (!isArrayLike(labels)) throw new MetricInputError(name, 'expected an array of integer class ids');
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= numClasses) {
      throw new MetricInputError(
        name,
        `element ${i} is ${String(v)}, expected an integer class id in [0, ${numClasses - 1}]`,
      );
    }
  }
}
