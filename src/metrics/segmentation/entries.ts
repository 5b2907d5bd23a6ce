/**
 * Registry entries of the segmentation family: `segmentation` and
 * `binary_mask` of test/reference/FORMAT.md.
 */
import type { MetricEntry } from '../entry';
import { readLabelMap, readPositiveInt } from '../args';
import { MetricInputError } from '../validate';
import { binaryMask } from './binaryMask';
import { segmentationMetrics } from './segmentationMetrics';

function readIgnoreIndex(args: Record<string, unknown>): number | undefined {
  const v = args.ignore_index;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new MetricInputError('ignore_index', `expected an integer, got ${String(v)}`);
  }
  return v;
}

/** Entries `segmentation` and `binary_mask`. */
export const segmentationEntries: MetricEntry[] = [
  {
    id: 'segmentation',
    title: 'Semantic segmentation: pixel accuracy, IoU, Dice',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{IoU}_c = \\frac{TP_c}{TP_c + FP_c + FN_c},\\quad \\mathrm{Dice}_c = \\frac{2\\,TP_c}{2\\,TP_c + FP_c + FN_c},\\quad \\mathrm{mIoU} = \\frac{1}{|C|}\\sum_{c \\in C} \\mathrm{IoU}_c',
    compute: (args) =>
      segmentationMetrics(
        readLabelMap(args, 'gt'),
        readLabelMap(args, 'pred'),
        readPositiveInt(args, 'num_classes'),
        readIgnoreIndex(args),
      ),
  },
  {
    id: 'binary_mask',
    title: 'Binary mask overlap',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{IoU} = \\frac{|G \\cap P|}{|G \\cup P|},\\quad \\mathrm{Dice} = \\frac{2\\,|G \\cap P|}{|G| + |P|}',
    compute: (args) => binaryMask(readLabelMap(args, 'gt'), readLabelMap(args, 'pred')),
  },
];
