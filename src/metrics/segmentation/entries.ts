/**
 * Registry entries of the segmentation family: `segmentation` and
 * `binary_mask` of test/reference/FORMAT.md (`segmentation` also returns the
 * app-only `row_shares`, the row-normalised confusion matrix), and the app-only
 * `miou_conventions` (mIoU and mean Dice under each 0/0 convention).
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import { integer, labelMap, positiveInt } from '../args';
import { binaryMask } from './binaryMask';
import { segmentationMetrics } from './segmentationMetrics';
import { zeroDivisionMeans } from './zeroDivision';
import { rowShares } from './rowShares';

const segmentationArgs = {
  gt: labelMap,
  pred: labelMap,
  num_classes: positiveInt,
  ignore_index: v.pipe(
    v.nullish(integer),
    v.transform((x) => x ?? undefined),
  ),
};

/** Entries `segmentation`, `binary_mask` and `miou_conventions`. */
export const segmentationEntries = [
  defineMetric({
    id: 'segmentation',
    fields: [
      'confusion',
      'pixel_accuracy',
      'mean_accuracy',
      'iou',
      'miou',
      'dice',
      'mdice',
      'precision',
      'recall',
      'tp',
      'fp',
      'fn',
      'row_shares',
    ],
    args: segmentationArgs,
    // row_shares (app-only, not in FORMAT.md): the confusion matrix normalised per true class.
    run: (a) => {
      const r = segmentationMetrics(a.gt, a.pred, a.num_classes, a.ignore_index);
      return { ...r, row_shares: rowShares(r.confusion) };
    },
  }),
  defineMetric({
    id: 'binary_mask',
    fields: ['iou', 'dice', 'precision', 'recall', 'pixel_accuracy', 'tp', 'fp', 'fn'],
    args: { gt: labelMap, pred: labelMap },
    run: (a) => binaryMask(a.gt, a.pred),
  }),
  /**
   * `miou_conventions`: args as `segmentation`; result `{iou, dice, miou, mdice}`
   * where `iou` and `dice` are the per-class values (null for 0/0) and `miou`,
   * `mdice` are ZeroDivisionMeans `{skip, one, zero, undefinedClasses}`.
   */
  defineMetric({
    id: 'miou_conventions',
    fields: [
      'iou',
      'dice',
      'miou',
      'mdice',
      'miou.skip',
      'miou.one',
      'miou.zero',
      'mdice.skip',
      'mdice.one',
      'mdice.zero',
    ],
    args: segmentationArgs,
    run: (a) => {
      const r = segmentationMetrics(a.gt, a.pred, a.num_classes, a.ignore_index);
      return { iou: r.iou, dice: r.dice, miou: zeroDivisionMeans(r.iou), mdice: zeroDivisionMeans(r.dice) };
    },
  }),
] as const;
