/**
 * Overlap scores of one binary mask against another (foreground = 1).
 */
import type { LabelMap, Maybe } from '../types';
import { MetricInputError, assertPositiveInt, isArrayLike } from '../validate';
import { createSegmentationCounts } from './confusion';
import { reduceSegmentation } from './segmentationMetrics';

/** Scores of a binary mask prediction and its pixel counts. */
export interface BinaryMaskResult {
  /** TP / (TP + FP + FN) (Jaccard); null when both masks are empty. */
  iou: Maybe;
  /** 2TP / (2TP + FP + FN) (Dice / F1); null when both masks are empty. */
  dice: Maybe;
  /** TP / (TP + FP); null when the prediction is empty. */
  precision: Maybe;
  /** TP / (TP + FN); null when the ground truth is empty. */
  recall: Maybe;
  /** (TP + TN) / pixels. */
  pixel_accuracy: Maybe;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function checkMask(name: string, m: LabelMap): void {
  if (typeof m !== 'object' || m === null) throw new MetricInputError(name, 'expected a label map');
  assertPositiveInt(`${name}.width`, m.width);
  assertPositiveInt(`${name}.height`, m.height);
  if (!isArrayLike(m.data)) throw new MetricInputError(`${name}.data`, 'expected an array of 0/1 values');
  if (m.data.length !== m.width * m.height) {
    throw new MetricInputError(`${name}.data`, `has ${m.data.length} values, expected ${m.width * m.height}`);
  }
}

/**
 * Pixel counts TP (gt 1, pred 1), FP (0, 1), FN (1, 0), TN (0, 0), that is
 * the 2x2 confusion [[TN, FP], [FN, TP]], reduced by `reduceSegmentation`
 * (foreground class 1) to IoU = TP/(TP+FP+FN), Dice = 2TP/(2TP+FP+FN), precision = TP/(TP+FP),
 * recall = TP/(TP+FN), pixel accuracy = (TP+TN)/N; each null exactly where
 * its denominator is 0 (so IoU and Dice of two empty masks are null).
 *
 * Matches scikit-learn 1.2.1 `jaccard_score`, `f1_score`,
 * `precision_score`, `recall_score` and `accuracy_score` with pos_label=1,
 * except that where scikit-learn falls back to `zero_division` we report
 * null. Dice equals 2 IoU / (1 + IoU) on the same masks.
 *
 * Throws MetricInputError for masks of different sizes or a value other
 * than 0 or 1.
 */
export function binaryMask(gt: LabelMap, pred: LabelMap): BinaryMaskResult {
  checkMask('gt', gt);
  checkMask('pred', pred);
  if (gt.width !== pred.width || gt.height !== pred.height) {
    throw new MetricInputError(
      'gt, pred',
      `sizes differ (${gt.width}x${gt.height} vs ${pred.width}x${pred.height})`,
    );
  }
  // counts[2 * g + p]: TN, FP, FN, TP
  const counts = [0, 0, 0, 0];
  const g = gt.data;
  const p = pred.data;
  for (let i = 0; i < g.length; i++) {
    const a = g[i];
    const b = p[i];
    if (a !== 0 && a !== 1)
      throw new MetricInputError('gt.data', `pixel ${i} is ${String(a)}, expected 0 or 1`);
    if (b !== 0 && b !== 1)
      throw new MetricInputError('pred.data', `pixel ${i} is ${String(b)}, expected 0 or 1`);
    counts[2 * a + b]!++;
  }
  const [tn, fp, fn, tp] = counts as [number, number, number, number];
  // Reduce the 2x2 confusion (class 0 = background, 1 = foreground) by the
  // same ratios as multiclass segmentation, and read off the foreground class.
  const confusion = createSegmentationCounts(2);
  confusion.confusion.set(counts);
  const r = reduceSegmentation(confusion);
  const foreground = (perClass: Maybe[]): Maybe => perClass[1] ?? null;
  return {
    iou: foreground(r.iou),
    dice: foreground(r.dice),
    precision: foreground(r.precision),
    recall: foreground(r.recall),
    pixel_accuracy: r.pixel_accuracy,
    tp,
    fp,
    fn,
    tn,
  };
}
