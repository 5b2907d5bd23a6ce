/**
 * Segmentation scores for the Lab: the metrics package's
 * `reduceSegmentation` (mmsegmentation's conventions) plus the values the
 * Lab also shows: frequency-weighted IoU, the reference and predicted area
 * of each class, and the class means under each 0/0 convention.
 */
import type { Maybe } from '../../metrics/types';
import { type SegmentationCounts } from '../../metrics/segmentation/confusion';
import { reduceSegmentation, type SegmentationResult } from '../../metrics/segmentation/segmentationMetrics';
import { rowShares } from '../../metrics/segmentation/rowShares';
import { zeroDivisionMeans, type ZeroDivisionMeans } from '../../metrics/segmentation/zeroDivision';

/** Every score of one image or of the pooled images. */
export interface SegmentationScores extends SegmentationResult {
  /**
   * Frequency-weighted IoU (Long et al., FCN, 2015): sum over classes of
   * (reference pixels of c / kept pixels) x IoU_c; null with no kept pixel.
   */
  fwiou: Maybe;
  /** Reference pixels per class (TP + FN, kept pixels only). */
  label_area: number[];
  /** Predicted pixels per class (TP + FP). */
  pred_area: number[];
  /** The confusion matrix divided by its row sums (null for a class with no reference pixel). */
  row_shares: (number | null)[][];
  /** mIoU under each 0/0 convention (skip = the `miou` field). */
  miou_conventions: ZeroDivisionMeans;
  /** Mean Dice under each 0/0 convention (skip = the `mdice` field). */
  mdice_conventions: ZeroDivisionMeans;
}

/** Frequency-weighted IoU from per-class reference areas and IoUs (classes with no reference pixel weigh 0). */
export function frequencyWeightedIou(labelArea: readonly number[], iou: readonly Maybe[]): Maybe {
  const total = labelArea.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  let sum = 0;
  labelArea.forEach((a, c) => {
    if (a > 0) sum += (a / total) * (iou[c] ?? 0);
  });
  return sum;
}

/** Reduces counts to every score the Lab shows. */
export function scoresFromCounts(counts: SegmentationCounts): SegmentationScores {
  const r = reduceSegmentation(counts);
  const label_area = r.tp.map((t, c) => t + r.fn[c]!);
  const pred_area = r.tp.map((t, c) => t + r.fp[c]!);
  return {
    ...r,
    fwiou: frequencyWeightedIou(label_area, r.iou),
    label_area,
    pred_area,
    row_shares: rowShares(r.confusion),
    miou_conventions: zeroDivisionMeans(r.iou),
    mdice_conventions: zeroDivisionMeans(r.dice),
  };
}
