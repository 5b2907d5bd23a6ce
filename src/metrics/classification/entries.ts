/**
 * Registry entries of the classification family: `classification` and
 * `cross_entropy` of test/reference/FORMAT.md.
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import type { NumArray } from '../types';
import { numArray, positiveInt } from '../args';
import { classificationMetrics } from './classificationMetrics';
import { crossEntropy } from './crossEntropy';

/** Entries `classification` and `cross_entropy`. */
export const classificationEntries = [
  defineMetric({
    id: 'classification',
    fields: ['confusion', 'accuracy', 'precision', 'recall'],
    args: { gt: numArray, pred: numArray, num_classes: positiveInt },
    run: (a) => classificationMetrics(a.gt, a.pred, a.num_classes),
  }),
  defineMetric({
    id: 'cross_entropy',
    fields: ['loss', 'accuracy'],
    // crossEntropy checks every row (finite, a probability distribution, equal lengths).
    args: {
      probs: v.array(
        v.custom<NumArray>(() => true),
        'expected an array of rows',
      ),
      labels: numArray,
    },
    run: (a) => crossEntropy(a.probs, a.labels),
  }),
] as const;
