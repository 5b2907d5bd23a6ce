/**
 * Registry entries of the classification family: `classification` and
 * `cross_entropy` of test/reference/FORMAT.md, and the app-only `topk`.
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import type { NumArray } from '../types';
import { matrix, numArray, positiveInt } from '../args';
import { classificationMetrics } from './classificationMetrics';
import { crossEntropy } from './crossEntropy';
import { topk } from './topk';

/** Entries `classification`, `cross_entropy` and `topk`. */
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
  // App-only: top-k accuracy (readout `topk.accuracy`, data-subject top-1 / top-5 / top-k).
  defineMetric({
    id: 'topk',
    fields: ['accuracy', 'ranks', 'k'],
    args: { scores: matrix, labels: numArray, k: positiveInt },
    run: (a) => topk(a.scores, a.labels, a.k),
  }),
] as const;
