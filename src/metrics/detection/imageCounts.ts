/**
 * Per-image and dataset-level detection counts, precision and recall: the
 * numbers that show why an image without objects has no recall.
 */
import type { Maybe } from '../types';
import { MetricInputError } from '../validate';
import { type Detection, type GroundTruth, matchDetections } from './match';

/** One image of a small dataset: its ground truths and its detections. */
export interface CountImage {
  ground_truths: readonly GroundTruth[];
  detections: readonly Detection[];
}

/** True positives, false positives, false negatives and the two ratios built from them. */
export interface DetectionCounts {
  num_gt: number;
  num_det: number;
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); null when there is no detection (0/0). */
  precision: Maybe;
  /** tp / num_gt; null when there is no ground truth (0/0). */
  recall: Maybe;
}

/** The counts of every image and of the whole dataset. */
export interface ImageCountsResult {
  images: DetectionCounts[];
  dataset: DetectionCounts;
}

function counts(numGt: number, numDet: number, tp: number): DetectionCounts {
  return {
    num_gt: numGt,
    num_det: numDet,
    tp,
    fp: numDet - tp,
    fn: numGt - tp,
    precision: numDet === 0 ? null : tp / numDet,
    recall: numGt === 0 ? null : tp / numGt,
  };
}

/**
 * Matches each image's detections to its own ground truths (greedy, by
 * descending score, class-aware, IoU >= threshold: `matchDetections`, the
 * per-image step of pycocotools `evaluateImg`) and counts, per image and
 * summed over the dataset: TP, FP = detections - TP, FN = ground truths - TP,
 * precision = TP / (TP + FP) and recall = TP / (TP + FN).
 *
 * Each ratio is null where its denominator is 0: recall of an image without
 * objects, precision of an image where the detector stays silent. (scikit-learn's
 * `precision_score` returns 0 there with a warning; we report undefined.) The
 * dataset-level ratios pool the counts (micro average), so they stay defined
 * as long as the dataset has one object and one detection.
 *
 * Throws MetricInputError for an empty image list or an invalid box, score,
 * class or threshold (named as `images[i].detections[j].box` etc.).
 */
export function imageCounts(images: readonly CountImage[], iouThreshold: number): ImageCountsResult {
  if (images.length === 0) throw new MetricInputError('images', 'expected at least one image');
  let numGt = 0;
  let numDet = 0;
  let tp = 0;
  const perImage = images.map((img, i) => {
    let match;
    try {
      match = matchDetections(img.detections, img.ground_truths, iouThreshold);
    } catch (e) {
      if (!(e instanceof MetricInputError) || e.argument === 'iou_threshold') throw e;
      const detail = e.message.slice(e.argument.length + 2);
      throw new MetricInputError(`images[${i}].${e.argument}`, detail);
    }
    const hits = match.detections.filter((d) => d.tp).length;
    numGt += img.ground_truths.length;
    numDet += img.detections.length;
    tp += hits;
    return counts(img.ground_truths.length, img.detections.length, hits);
  });
  return { images: perImage, dataset: counts(numGt, numDet, tp) };
}
