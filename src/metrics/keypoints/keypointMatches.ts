/**
 * The outcome of every keypoint detection in a COCO keypoint evaluation, as
 * the pose section's AP table shows it: its rank, its OKS with each ground
 * truth, and at each OKS threshold whether it is a true positive and which
 * person it matched.
 */
import type { Maybe } from '../types';
import { cocoEval } from '../detection/coco/cocoEval';
import { DT_FP, DT_TP, detectionOutcome } from '../detection/coco/evaluate';
import { keypointOks, oksVariances } from '../detection/coco/keypointOks';
import { COCO_KEYPOINT_SIGMAS } from '../detection/coco/params';
import { readDetections } from '../detection/coco/readDetections';
import { readGroundTruth } from '../detection/coco/readGroundTruth';

/** One kept detection. */
export interface KeypointMatchRow {
  /** Index in the input `dt` list. */
  index: number;
  /** Rank within its image and category (0 = highest score). */
  rank: number;
  score: number;
  /** Per OKS threshold: 'tp', 'fp' or 'ignored'. */
  outcome: ('tp' | 'fp' | 'ignored')[];
  /** Per OKS threshold: input index of the matched gt annotation, or null. */
  matched: (number | null)[];
  /** OKS with every gt annotation of the same image and category (input order; null for others). */
  oks: Maybe[];
}

/** The whole evaluation's AP per threshold and every detection's row. */
export interface KeypointMatches {
  thresholds: number[];
  per_threshold_ap: Maybe[];
  rows: KeypointMatchRow[];
}

/**
 * Runs the COCO keypoint evaluation ({@link cocoEval}, pycocotools 2.0) on
 * `gt` and `dt` and lists each kept detection (by image, category, then
 * descending score) with its outcome at every OKS threshold (area range
 * 'all', maxDets 20) and its OKS with each ground truth, computed exactly as
 * the matching computes it.
 */
export function keypointMatches(gt: unknown, dt: unknown): KeypointMatches {
  const result = cocoEval({ iouType: 'keypoints', gt, dt });
  const k = COCO_KEYPOINT_SIGMAS.length;
  const g = readGroundTruth(gt, 'keypoints', k);
  const d = readDetections(dt, 'keypoints', g, k);
  const vars = oksVariances(COCO_KEYPOINT_SIGMAS);
  const scratch = new Float64Array(k);
  const { matches } = result;
  const T = result.params.iouThrs.length;
  const all = result.params.areaRngLbl.indexOf('all');
  const rows: KeypointMatchRow[] = [];
  for (let i = 0; i < matches.count; i++) {
    const di = matches.det[i] as number;
    const outcome: KeypointMatchRow['outcome'] = [];
    const matched: (number | null)[] = [];
    for (let t = 0; t < T; t++) {
      const o = detectionOutcome(matches, i, all, t);
      outcome.push(o === DT_TP ? 'tp' : o === DT_FP ? 'fp' : 'ignored');
      const m = matches.matchedGt[i * T + t] as number;
      matched.push(m < 0 ? null : m);
    }
    const oks: Maybe[] = [];
    for (let j = 0; j < g.count; j++) {
      const same = g.img[j] === d.img[di] && g.cat[j] === d.cat[di];
      oks.push(
        same
          ? keypointOks(
              d.keypoints,
              3 * k * di,
              g.keypoints,
              3 * k * j,
              g.box,
              4 * j,
              g.area[j] as number,
              vars,
              scratch,
            )
          : null,
      );
    }
    rows.push({
      index: di,
      rank: matches.rank[i] as number,
      score: matches.score[i] as number,
      outcome,
      matched,
      oks,
    });
  }
  return { thresholds: Array.from(result.params.iouThrs), per_threshold_ap: result.perThresholdAp, rows };
}
