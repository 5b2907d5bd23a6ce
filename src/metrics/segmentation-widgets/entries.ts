/**
 * App-only registry entries of the segmentation section's figures (not in
 * test/reference/FORMAT.md).
 *
 * `miou_conventions`: args as `segmentation` (`gt`, `pred`: LabelMap,
 * `num_classes`, optional `ignore_index`); result `{iou, dice, miou, mdice}`
 * where `iou` and `dice` are the per-class values (null for 0/0) and `miou`,
 * `mdice` are ZeroDivisionMeans `{skip, one, zero, undefinedClasses}`.
 */
import type { MetricEntry } from '../entry';
import { readLabelMap, readPositiveInt } from '../args';
import { MetricInputError } from '../validate';
import { segmentationMetrics } from '../segmentation/segmentationMetrics';
import { zeroDivisionMeans } from './zeroDivision';

function readIgnoreIndex(args: Record<string, unknown>): number | undefined {
  const v = args.ignore_index;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new MetricInputError('ignore_index', `expected an integer, got ${String(v)}`);
  }
  return v;
}

export const segmentationWidgetsEntries: MetricEntry[] = [
  {
    id: 'miou_conventions',
    title: 'Mean IoU and mean Dice under three conventions for 0/0',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{mIoU}_{\\text{skip}} = \\frac{\\sum_{c \\in D} \\mathrm{IoU}_c}{|D|},\\quad \\mathrm{mIoU}_{1} = \\frac{\\sum_{c \\in D} \\mathrm{IoU}_c + |U|}{|C|},\\quad \\mathrm{mIoU}_{0} = \\frac{\\sum_{c \\in D} \\mathrm{IoU}_c}{|C|}',
    compute: (args) => {
      const r = segmentationMetrics(
        readLabelMap(args, 'gt'),
        readLabelMap(args, 'pred'),
        readPositiveInt(args, 'num_classes'),
        readIgnoreIndex(args),
      );
      return { iou: r.iou, dice: r.dice, miou: zeroDivisionMeans(r.iou), mdice: zeroDivisionMeans(r.dice) };
    },
  },
];
