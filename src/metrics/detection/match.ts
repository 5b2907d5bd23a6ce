/**
 * Greedy matching of scored detections to ground-truth boxes at one IoU
 * threshold, the per-image step of VOC and COCO detection evaluation.
 */
import type { BoxXywh, Maybe } from '../types';
import { MetricInputError, assertFinite } from '../validate';
import { assertBox, boxIou } from './boxIou';

/** A class label: a category id or name. */
export type ClassLabel = number | string;

/** A scored detection: box [x, y, w, h], confidence score and class. */
export interface Detection {
  box: BoxXywh;
  score: number;
  class: ClassLabel;
}

/** A ground-truth box and its class. */
export interface GroundTruth {
  box: BoxXywh;
  class: ClassLabel;
}

/**
 * Order of detections with equal scores: `stable` keeps their input order
 * (pycocotools sorts with a stable mergesort); `reverse` puts the later one
 * first, so a widget can show that the tie-breaking rule changes AP.
 */
export type TieRule = 'stable' | 'reverse';

/** The accepted tie rules, for validation and for a widget's choice list. */
export const TIE_RULES: readonly TieRule[] = ['stable', 'reverse'];

/** Why a detection is a false positive. */
export type FalsePositiveReason = 'no-ground-truth' | 'low-iou' | 'duplicate';

/** One detection after matching (rows are in rank order). */
export interface DetectionRow {
  /** Index in the input list. */
  index: number;
  /** Position in the score ranking (0 = highest score). */
  rank: number;
  score: number;
  class: ClassLabel;
  tp: boolean;
  /** Input index of the matched ground truth, null for a false positive. */
  gt_index: number | null;
  /**
   * IoU with the matched ground truth; for a false positive, the largest IoU
   * with any ground truth of its class (null when there is none).
   */
  iou: Maybe;
  /** null for a true positive. */
  fp_reason: FalsePositiveReason | null;
}

/** One ground truth after matching (rows are in input order). */
export interface GroundTruthRow {
  index: number;
  class: ClassLabel;
  /** false: a false negative (missed). */
  matched: boolean;
  /** Input index of the detection that matched it. */
  det_index: number | null;
  iou: Maybe;
}

/** Detections in rank order and ground truths in input order, after matching. */
export interface MatchResult {
  detections: DetectionRow[];
  ground_truths: GroundTruthRow[];
}

/**
 * Ranks detections by descending score (ties by `tieRule`) and returns the
 * detection indices in rank order.
 */
export function rankDetections(scores: readonly number[], tieRule: TieRule = 'stable'): number[] {
  const order = scores.map((_, i) => i);
  const sign = tieRule === 'stable' ? 1 : -1;
  return order.sort((i, j) => scores[j]! - scores[i]! || sign * (i - j));
}

function checkClass(name: string, c: unknown): asserts c is ClassLabel {
  if (!(typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c)))) {
    throw new MetricInputError(name, `expected a class id or name, got ${String(c)}`);
  }
}

/**
 * Greedy one-to-one matching as pycocotools `COCOeval.evaluateImg`
 * (cocoapi@8c9bcc3, one IoU threshold, no crowd or ignored boxes):
 * detections are visited by descending score; each takes, among the still
 * unmatched ground truths of its own class, the one with the largest IoU,
 * provided IoU >= min(iouThreshold, 1 - 1e-10) (on equal IoUs the later
 * ground truth wins, as in pycocotools); otherwise it is a false positive.
 * An undefined IoU (two zero-area boxes) never matches.
 *
 * (VOC's `voc_eval` differs: it uses IoU > threshold and lets a detection
 * whose best box is already taken become a false positive without trying the
 * next best; its unstable quicksort leaves ties in no defined order.)
 *
 * Throws MetricInputError for an invalid box, score, class or threshold.
 */
export function matchDetections(
  detections: readonly Detection[],
  groundTruths: readonly GroundTruth[],
  iouThreshold: number,
  tieRule: TieRule = 'stable',
): MatchResult {
  assertFinite('iou_threshold', iouThreshold);
  if (iouThreshold < 0 || iouThreshold > 1) {
    throw new MetricInputError('iou_threshold', `expected a value in [0, 1], got ${iouThreshold}`);
  }
  if (!TIE_RULES.includes(tieRule)) {
    throw new MetricInputError('tie_rule', `expected one of ${TIE_RULES.join(', ')}, got ${String(tieRule)}`);
  }
  detections.forEach((d, i) => {
    assertBox(`detections[${i}].box`, d.box);
    assertFinite(`detections[${i}].score`, d.score);
    checkClass(`detections[${i}].class`, d.class);
  });
  groundTruths.forEach((g, j) => {
    assertBox(`ground_truths[${j}].box`, g.box);
    checkClass(`ground_truths[${j}].class`, g.class);
  });

  const threshold = Math.min(iouThreshold, 1 - 1e-10);
  const gtRows: GroundTruthRow[] = groundTruths.map((g, index) => ({
    index,
    class: g.class,
    matched: false,
    det_index: null,
    iou: null,
  }));
  const order = rankDetections(
    detections.map((d) => d.score),
    tieRule,
  );
  const rows = order.map((index, rank): DetectionRow => {
    const d = detections[index]!;
    let best = -1;
    let bestIou = threshold;
    let anyGt = false;
    let maxIou: Maybe = null;
    let maxIouTaken = false;
    groundTruths.forEach((g, j) => {
      if (g.class !== d.class) return;
      anyGt = true;
      const iou = boxIou(d.box, g.box);
      if (iou === null) return;
      if (maxIou === null || iou > maxIou) maxIou = iou;
      if (gtRows[j]!.matched) {
        if (iou >= threshold) maxIouTaken = true;
        return;
      }
      if (iou < bestIou) return;
      bestIou = iou;
      best = j;
    });
    if (best >= 0) {
      const g = gtRows[best]!;
      g.matched = true;
      g.det_index = index;
      g.iou = bestIou;
      return {
        index,
        rank,
        score: d.score,
        class: d.class,
        tp: true,
        gt_index: best,
        iou: bestIou,
        fp_reason: null,
      };
    }
    const reason: FalsePositiveReason = !anyGt ? 'no-ground-truth' : maxIouTaken ? 'duplicate' : 'low-iou';
    return {
      index,
      rank,
      score: d.score,
      class: d.class,
      tp: false,
      gt_index: null,
      iou: maxIou,
      fp_reason: reason,
    };
  });
  return { detections: rows, ground_truths: gtRows };
}
