/**
 * Reduce step of the semantic-segmentation metrics: pixel accuracy, per-class
 * accuracy (recall), precision, IoU and Dice, and their means, from the
 * counts of `accumulateSegmentation`.
 */
import type { LabelMap, Maybe } from '../types';
import { type SegmentationCounts, accumulateSegmentation, createSegmentationCounts } from './confusion';

/** Segmentation scores; per-class arrays are indexed by class id. */
export interface SegmentationResult {
  /** confusion[t][p]: pixels of true class t predicted as p (kept pixels with a class prediction). */
  confusion: number[][];
  /** sum TP / kept pixels (mmsegmentation aAcc); null with no kept pixel. */
  pixel_accuracy: Maybe;
  /** Mean of the non-null per-class accuracies (mmsegmentation mAcc). */
  mean_accuracy: Maybe;
  /** TP / (TP + FP + FN) per class. */
  iou: Maybe[];
  /** Mean of the non-null IoUs (mIoU). */
  miou: Maybe;
  /** 2TP / (2TP + FP + FN) per class. */
  dice: Maybe[];
  /** Mean of the non-null Dice values (mDice). */
  mdice: Maybe;
  /** TP / (TP + FP) per class. */
  precision: Maybe[];
  /** TP / (TP + FN) per class: mmsegmentation's per-class "Acc". */
  recall: Maybe[];
  tp: number[];
  fp: number[];
  fn: number[];
  /** Per true class: kept pixels whose prediction was ignore_index. */
  unpredicted: number[];
  /** Pixels dropped because their gt is ignore_index. */
  ignored: number;
  /** Kept pixels (the denominator of pixel_accuracy). */
  pixels: number;
}

function ratio(num: number, den: number): Maybe {
  return den === 0 ? null : num / den;
}

/** Mean of the non-null values (numpy `nanmean`), null when every value is null. */
export function meanDefined(values: readonly Maybe[]): Maybe {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/**
 * Reduces segmentation counts as mmsegmentation `total_area_to_metrics`
 * (mmseg/core/evaluation/metrics.py @020acda, metrics mIoU, mDice; Acc and
 * aAcc): with, per class c, TP = area_intersect, label area = TP + FN,
 * predicted area = TP + FP,
 *   pixel_accuracy = sum_c TP_c / sum_c label_c,
 *   acc_c (recall) = TP/(TP+FN), precision_c = TP/(TP+FP),
 *   IoU_c = TP/(TP+FP+FN), Dice_c = 2TP/(2TP+FP+FN),
 * each null where its own denominator is 0 (mmsegmentation's NaN); the means
 * skip the null classes (`np.nanmean`) and are null when every class is.
 * With no kept pixel every score is null.
 */
export function reduceSegmentation(counts: SegmentationCounts): SegmentationResult {
  const n = counts.numClasses;
  const conf = counts.confusion;
  const confusion: number[][] = [];
  const tp: number[] = [];
  const labelArea = new Array<number>(n).fill(0);
  const predArea = new Array<number>(n).fill(0);
  let pixels = 0;
  let correct = 0;
  for (let t = 0; t < n; t++) {
    const row = Array.from(conf.subarray(t * n, (t + 1) * n));
    confusion.push(row);
    let rowSum = counts.unpredicted[t]!;
    for (let q = 0; q < n; q++) {
      rowSum += row[q]!;
      predArea[q]! += row[q]!;
    }
    labelArea[t] = rowSum;
    pixels += rowSum;
    tp.push(row[t]!);
    correct += row[t]!;
  }
  const fp = predArea.map((a, c) => a - tp[c]!);
  const fn = labelArea.map((a, c) => a - tp[c]!);
  const recall = tp.map((x, c) => ratio(x, labelArea[c]!));
  const iou = tp.map((x, c) => ratio(x, labelArea[c]! + predArea[c]! - x));
  const dice = tp.map((x, c) => ratio(2 * x, labelArea[c]! + predArea[c]!));
  return {
    confusion,
    pixel_accuracy: ratio(correct, pixels),
    mean_accuracy: meanDefined(recall),
    iou,
    miou: meanDefined(iou),
    dice,
    mdice: meanDefined(dice),
    precision: tp.map((x, c) => ratio(x, predArea[c]!)),
    recall,
    tp,
    fp,
    fn,
    unpredicted: Array.from(counts.unpredicted),
    ignored: counts.ignored,
    pixels,
  };
}

/**
 * Segmentation scores of one (gt, pred) pair: `accumulateSegmentation` into
 * fresh counts, then `reduceSegmentation` (see both for the exact rules,
 * including the documented departure from mmsegmentation: out-of-range labels
 * throw).
 */
export function segmentationMetrics(
  gt: LabelMap,
  pred: LabelMap,
  numClasses: number,
  ignoreIndex?: number,
): SegmentationResult {
  return reduceSegmentation(
    accumulateSegmentation(createSegmentationCounts(numClasses), gt, pred, ignoreIndex),
  );
}
