/**
 * pycocotools `COCOeval.accumulate`: per category, area range and maxDets,
 * the interpolated precision at 101 recall thresholds and the final recall,
 * for every IoU threshold.
 */
import { bucketByKey } from './buckets';
import { orderByScoreDesc } from './scoreOrder';
import { DT_IGNORED, DT_TP, allOutcomes, type CocoMatches } from './evaluate';
import type { CocoParams } from './params';
import { envelopeInPlace, sampleAtRecall } from '../interpolatedPrecision';
import { SPACING_1 } from '../../spacing';

/** A dense row-major (C order) table, the shape of numpy's arrays in `COCOeval.eval`. */
export interface CocoTable {
  /** Entries in C order; -1 where pycocotools writes -1 (no gt in that category and area range). */
  readonly data: Float64Array;
  /** Sizes of the axes, outermost first. */
  readonly shape: readonly number[];
}

/** The accumulated results: `precision[T][R][K][A][M]` and `recall[T][K][A][M]`. */
export interface CocoAccumulated {
  readonly precision: CocoTable;
  readonly recall: CocoTable;
}

/**
 * Accumulates `matches` as pycocotools 2.0 `accumulate` does: for each
 * category k, area range a and maxDets m, the first m detections of each image
 * (in that category) are concatenated in image-id order and sorted stably by
 * descending score;
 * tp and fp are cumulated over the detections that are not ignored;
 * rc = tp / npig, pr = tp / (tp + fp + ε) with ε = np.spacing(1); pr is made
 * non-increasing from the right (the precision envelope), and precision at
 * recall threshold r is pr at the first index with rc ≥ r (`np.searchsorted`
 * side 'left'), 0 past the end. recall = tp / npig at the end. Entries stay -1
 * when the category has no gt that is not ignored in that area range (npig = 0).
 *
 * Three shortcuts give identical numbers: the stable order is sorted once
 * (the order for a smaller maxDets or one category is a subsequence of it); ignored
 * detections are skipped (their rc and pr repeat the previous entry, so neither
 * the envelope nor the search changes); and only true positives are visited
 * for the envelope and the search (between two of them tp is constant, so pr
 * falls and rc stays: the first index with rc ≥ r is the j-th true positive for
 * the smallest j with j / npig ≥ r, and the running maximum only changes there).
 */
export function accumulateCoco(
  matches: CocoMatches,
  params: CocoParams,
  numCategories: number,
): CocoAccumulated {
  const K = numCategories;
  const T = params.iouThrs.length;
  const R = params.recThrs.length;
  const A = params.areaRng.length;
  const M = params.maxDets.length;
  const precision = new Float64Array(T * R * K * A * M).fill(-1);
  const recall = new Float64Array(T * K * A * M).fill(-1);
  // Per category: descending score, ties in the order pycocotools concatenates (image id, then rank).
  const byCat = bucketByKey(matches.cat, K, orderByScoreDesc(matches.score));
  let maxN = 0;
  for (let k = 0; k < K; k++)
    maxN = Math.max(maxN, (byCat.start[k + 1] as number) - (byCat.start[k] as number));
  // The packed outcomes of one category gathered in score order, [a][i], so the walks below read in sequence.
  const st = new Uint32Array(A * maxN);
  const ignoredAll = allOutcomes(DT_IGNORED, T);
  // sel[m]: positions (in score order) of the detections within the first maxDets[m] of their image.
  const sel = params.maxDets.map(() => new Int32Array(maxN));
  const selCount = new Int32Array(M);
  // tpPos[t][j - 1]: index, among the detections not ignored, of the j-th true positive.
  const tpPos = new Int32Array(T * maxN);
  // At index j - 1: the recall j / npig and precision (then its envelope) at the j-th true positive.
  const rcTp = new Float64Array(maxN);
  const envelope = new Float64Array(maxN);
  const R_STRIDE = K * A * M;
  const tp = new Int32Array(T);
  const count = new Int32Array(T);
  const { status, rank } = matches;

  for (let k = 0; k < K; k++) {
    const s0 = byCat.start[k] as number;
    const n = (byCat.start[k + 1] as number) - s0;
    const sorted = byCat.order.subarray(s0, s0 + n);
    selCount.fill(0);
    for (let i = 0; i < n; i++) {
      const o = sorted[i] as number;
      const r = rank[o] as number;
      for (let m = 0; m < M; m++) {
        if (r >= (params.maxDets[m] as number)) continue;
        const c = selCount[m] as number;
        (sel[m] as Int32Array)[c] = i;
        selCount[m] = c + 1;
      }
      for (let a = 0; a < A; a++) st[a * n + i] = status[o * A + a] as number;
    }
    for (let a = 0; a < A; a++) {
      const npig = matches.gtCount[k * A + a] as number;
      if (npig === 0) continue;
      for (let m = 0; m < M; m++) {
        const mSel = sel[m] as Int32Array;
        const nSel = selCount[m] as number;
        tp.fill(0);
        count.fill(0);
        for (let x = 0; x < nSel; x++) {
          const w = st[a * n + (mSel[x] as number)] as number;
          if (w === ignoredAll) continue;
          for (let t = 0; t < T; t++) {
            const s = (w >>> (2 * t)) & 3;
            if (s === DT_IGNORED) continue;
            const c = count[t] as number;
            if (s === DT_TP) {
              const j = tp[t] as number;
              tpPos[t * maxN + j] = c;
              tp[t] = j + 1;
            }
            count[t] = c + 1;
          }
        }
        for (let t = 0; t < T; t++) {
          const ntp = tp[t] as number;
          const row = t * maxN;
          recall[((t * K + k) * A + a) * M + m] = ntp / npig;
          // Between true positives precision only falls, so the envelope is a running maximum over them.
          for (let j = 1; j <= ntp; j++) {
            rcTp[j - 1] = j / npig;
            envelope[j - 1] = j / ((tpPos[row + j - 1] as number) + 1 + SPACING_1);
          }
          envelopeInPlace(envelope, ntp);
          // The first detection with rc = tp / npig >= r is the j-th true positive for the smallest such j
          // (no true positive, or none reaching r: 0).
          sampleAtRecall(
            rcTp,
            envelope,
            ntp,
            params.recThrs,
            precision,
            ((t * R * K + k) * A + a) * M + m,
            R_STRIDE,
          );
        }
      }
    }
  }
  return {
    precision: { data: precision, shape: [T, R, K, A, M] },
    recall: { data: recall, shape: [T, K, A, M] },
  };
}
