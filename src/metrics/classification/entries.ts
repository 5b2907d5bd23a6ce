/**
 * Registry entries of the classification family: `classification` and
 * `cross_entropy` of test/reference/FORMAT.md.
 */
import type { MetricEntry } from '../entry';
import type { NumArray } from '../types';
import { readNumArray, readPositiveInt } from '../args';
import { MetricInputError } from '../validate';
import { classificationMetrics } from './classificationMetrics';
import { crossEntropy } from './crossEntropy';

function readRows(args: Record<string, unknown>, name: string): unknown[] {
  const v = args[name];
  if (!Array.isArray(v)) throw new MetricInputError(name, 'expected an array of rows');
  return v;
}

/** Entries `classification` and `cross_entropy`. */
export const classificationEntries: MetricEntry[] = [
  {
    id: 'classification',
    title: 'Classification: confusion matrix, accuracy, precision, recall, F1',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{acc} = \\frac{\\sum_k C_{kk}}{\\sum_{t,p} C_{tp}},\\quad P_k = \\frac{TP_k}{TP_k + FP_k},\\quad R_k = \\frac{TP_k}{TP_k + FN_k},\\quad F_1 = \\frac{2\\,TP_k}{2\\,TP_k + FP_k + FN_k}',
    compute: (args) =>
      classificationMetrics(
        readNumArray(args, 'gt'),
        readNumArray(args, 'pred'),
        readPositiveInt(args, 'num_classes'),
      ),
  },
  {
    id: 'cross_entropy',
    title: 'Cross-entropy (log loss)',
    higherIsBetter: false,
    range: [0, Infinity],
    latex: 'L = -\\frac{1}{N} \\sum_{i=1}^{N} \\ln p_i[y_i]',
    // crossEntropy checks every row (finite, a probability distribution, equal lengths).
    compute: (args) => crossEntropy(readRows(args, 'probs') as NumArray[], readNumArray(args, 'labels')),
  },
];
