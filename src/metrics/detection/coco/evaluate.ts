/**
 * The per-image, per-category matching of pycocotools `COCOeval.evaluate` /
 * `evaluateImg`, done once for all area ranges and IoU thresholds with flat
 * typed arrays instead of one dict per (category, area, image).
 */
import { bucketByKey } from './buckets';
import { crowdBoxIou } from './crowdBoxIou';
import { keypointOks, oksVariances } from './keypointOks';
import { orderByScoreDesc } from './scoreOrder';
import type { CocoParams } from './params';
import type { CocoDetections } from './readDetections';
import type { CocoGroundTruth } from './readGroundTruth';

/** Outcome of a detection at one (area range, threshold): a false positive. */
export const DT_FP = 0;
/** Outcome: a true positive (matched to a gt that is not ignored). */
export const DT_TP = 1;
/** Outcome: ignored (matched to an ignored gt, or unmatched with its area outside the range). */
export const DT_IGNORED = 2;

/** The packed status word with every threshold's 2 bits set to `outcome`. */
export function allOutcomes(outcome: number, numThresholds: number): number {
  let w = 0;
  for (let t = 0; t < numThresholds; t++) w |= outcome << (2 * t);
  return w >>> 0;
}

/** Outcome (DT_FP, DT_TP or DT_IGNORED) of kept detection i at area range a and threshold t. */
export function detectionOutcome(matches: CocoMatches, i: number, a: number, t: number): number {
  const w = matches.status[i * matches.numAreas + a];
  if (w === undefined || t < 0 || t >= 16)
    throw new RangeError(`no outcome for detection ${i}, area ${a}, threshold ${t}`);
  return (w >>> (2 * t)) & 3;
}

/**
 * The matching of every kept detection (the first maxDets[-1] by score in
 * each image and category), in the order pycocotools concatenates them:
 * by image (ascending id), then category, then rank by score.
 */
export interface CocoMatches {
  /** Number of kept detections; the arrays below have this many entries (status times A, matchedGt times T). */
  readonly count: number;
  /** Index of the detection in the input `dt` list. */
  readonly det: Int32Array;
  /** Image index (into gt imgIds). */
  readonly img: Int32Array;
  /** Category index (into gt catIds). */
  readonly cat: Int32Array;
  /** Rank of the detection within its image and category (0 = highest score). */
  readonly rank: Int32Array;
  readonly score: Float64Array;
  /** Number of area ranges A. */
  readonly numAreas: number;
  /**
   * `[count][A]`: the outcomes at the T thresholds packed 2 bits each (threshold t in bits 2t, 2t + 1):
   * DT_FP, DT_TP or DT_IGNORED. Read one with detectionOutcome.
   */
  readonly status: Uint32Array;
  /** `[count][T]`: input index of the gt matched at area range 0 ('all'), or -1. */
  readonly matchedGt: Int32Array;
  /** `[K][A]`: number of gts not ignored in each category and area range. */
  readonly gtCount: Int32Array;
}

/** Similarity of input detection d and input gt g (IoU or OKS). */
type Similarity = (d: number, g: number) => number;

function similarityFor(gt: CocoGroundTruth, dt: CocoDetections, params: CocoParams): Similarity {
  if (params.iouType === 'bbox') {
    return (d, g) => crowdBoxIou(dt.box, 4 * d, gt.box, 4 * g, gt.crowd[g] === 1);
  }
  const vars = oksVariances(params.sigmas);
  const kpLen = 3 * vars.length;
  const scratch = new Float64Array(vars.length);
  return (d, g) =>
    keypointOks(
      dt.keypoints,
      kpLen * d,
      gt.keypoints,
      kpLen * g,
      gt.box,
      4 * g,
      gt.area[g] as number,
      vars,
      scratch,
    );
}

/** Grows a scratch array to at least n entries. */
function ensure<T extends Float64Array | Int32Array | Uint8Array>(
  arr: T,
  n: number,
  make: (n: number) => T,
): T {
  return arr.length >= n ? arr : make(Math.max(n, 2 * arr.length));
}

/**
 * Runs COCOeval's `evaluate` (pycocotools 2.0, cocoapi@8c9bcc3, useCats=1):
 * per image and category, gts are flagged ignored when crowd (or, for
 * keypoints, without visible keypoints) or when their `area` lies outside the
 * range (edges inclusive) and tried last; detections are sorted by score
 * (stable, ties in input order) and cut at maxDets[-1]; at each threshold t
 * each detection in turn takes the unmatched (or crowd) gt of highest
 * IoU ≥ min(t, 1 - 1e-10), preferring gts that are not ignored (once matched to
 * one, it stops at the first ignored gt). A detection matched to an ignored gt
 * is ignored, an unmatched one is ignored when its area is outside the range,
 * otherwise it is a false positive. IoUs are computed once per (image,
 * category) and reused for every area range, as pycocotools does.
 * `onProgress`, when given, is called every 128 images with the number of
 * images done so far (it does not change the result).
 */
export function evaluateCoco(
  gt: CocoGroundTruth,
  dt: CocoDetections,
  params: CocoParams,
  onProgress?: (imagesDone: number, images: number) => void,
): CocoMatches {
  const nImg = gt.imgIds.length;
  const K = gt.catIds.length;
  const A = params.areaRng.length;
  const T = params.iouThrs.length;
  const maxDet = params.maxDets[params.maxDets.length - 1] as number;
  const sim = similarityFor(gt, dt, params);
  if (T > 16) throw new RangeError('at most 16 IoU thresholds fit the packed status');
  const ignoredAll = allOutcomes(DT_IGNORED, T);
  const thr = Float64Array.from(params.iouThrs, (t) => Math.min(t, 1 - 1e-10));

  // Detections grouped by image, then category, then by descending score with ties in input order
  // (stable regroupings of one stable sort); gts by image, then category, in input order.
  const dtByImg = bucketByKey(dt.img, nImg, bucketByKey(dt.cat, K, orderByScoreDesc(dt.score)).order);
  const gtByImg = bucketByKey(gt.img, nImg, bucketByKey(gt.cat, K).order);
  const dtSorted = dtByImg.order;
  const gtSorted = gtByImg.order;
  const n = dt.count;
  const out = {
    det: new Int32Array(n),
    img: new Int32Array(n),
    cat: new Int32Array(n),
    rank: new Int32Array(n),
    score: new Float64Array(n),
    numAreas: A,
    status: new Uint32Array(n * A),
    matchedGt: new Int32Array(n * T).fill(-1),
    gtCount: new Int32Array(K * A),
  };
  let kept = 0;

  let ious = new Float64Array(64);
  let best = new Float64Array(16);
  let cand = new Int32Array(16);
  let gIg = new Uint8Array(16);
  let gPerm = new Int32Array(16);
  let gMatched = new Uint8Array(16);
  let gCrowd = new Uint8Array(16);

  for (let im = 0; im < nImg; im++) {
    if (onProgress !== undefined && (im & 127) === 0) onProgress(im, nImg);
    const nd = dtByImg.start[im + 1] as number;
    const ng = gtByImg.start[im + 1] as number;
    let p = dtByImg.start[im] as number;
    let q = gtByImg.start[im] as number;
    while (p < nd || q < ng) {
      const cd = p < nd ? (dt.cat[dtSorted[p] as number] as number) : K;
      const cg = q < ng ? (gt.cat[gtSorted[q] as number] as number) : K;
      const c = Math.min(cd, cg);
      let p2 = p;
      while (p2 < nd && dt.cat[dtSorted[p2] as number] === c) p2++;
      let q2 = q;
      while (q2 < ng && gt.cat[gtSorted[q2] as number] === c) q2++;
      const D = Math.min(p2 - p, maxDet);
      const G = q2 - q;

      // IoU (or OKS) of each kept detection with each gt, computed once, and each detection's best.
      ious = ensure(ious, D * G, (m) => new Float64Array(m));
      best = ensure(best, D, (m) => new Float64Array(m));
      for (let d = 0; d < D; d++) {
        const di = dtSorted[p + d] as number;
        let top = -Infinity;
        for (let g = 0; g < G; g++) {
          const v = sim(di, gtSorted[q + g] as number);
          ious[d * G + g] = v;
          if (v > top) top = v;
        }
        best[d] = top;
      }
      gIg = ensure(gIg, G, (m) => new Uint8Array(m));
      gPerm = ensure(gPerm, G, (m) => new Int32Array(m));
      gMatched = ensure(gMatched, G, (m) => new Uint8Array(m));
      gCrowd = ensure(gCrowd, G, (m) => new Uint8Array(m));
      for (let g = 0; g < G; g++) gCrowd[g] = gt.crowd[gtSorted[q + g] as number] as number;

      for (let d = 0; d < D; d++) {
        const di = dtSorted[p + d] as number;
        const o = kept + d;
        out.det[o] = di;
        out.img[o] = im;
        out.cat[o] = c;
        out.rank[o] = d;
        out.score[o] = dt.score[di] as number;
      }

      // Detections that reach the lowest threshold with some gt: the only ones the matching can change.
      cand = ensure(cand, D, (m) => new Int32Array(m));
      let nCand = 0;
      for (let d = 0; d < D; d++) if ((best[d] as number) >= (thr[0] as number)) cand[nCand++] = d;

      for (let a = 0; a < A; a++) {
        const range = params.areaRng[a] as readonly [number, number];
        const lo = range[0];
        const hi = range[1];
        // Ignore flags, and the gt order of pycocotools: not ignored first, input order kept.
        let nIg = 0;
        for (let g = 0; g < G; g++) {
          const gi = gtSorted[q + g] as number;
          const ar = gt.area[gi] as number;
          const ig = gt.ignore[gi] === 1 || ar < lo || ar > hi ? 1 : 0;
          gIg[g] = ig;
          nIg += ig;
        }
        const nKeep = G - nIg;
        out.gtCount[c * A + a] = (out.gtCount[c * A + a] as number) + nKeep;
        let u = 0;
        let v = nKeep;
        for (let g = 0; g < G; g++) {
          if (gIg[g] === 0) gPerm[u++] = g;
          else gPerm[v++] = g;
        }
        // Unmatched at every threshold unless the matching below says otherwise: ignored outside the range.
        for (let d = 0; d < D; d++) {
          const ar = dt.area[dtSorted[p + d] as number] as number;
          out.status[(kept + d) * A + a] = ar < lo || ar > hi ? ignoredAll : 0;
        }
        for (let t = 0; t < T && nCand > 0; t++) {
          gMatched.fill(0, 0, G);
          const tt = thr[t] as number;
          for (let ci = 0; ci < nCand; ci++) {
            const d = cand[ci] as number;
            // No gt reaches this threshold: the scan could not match (it needs iou >= threshold).
            if ((best[d] as number) < tt) continue;
            let bestIou = tt;
            let m = -1;
            const row = d * G;
            for (let j = 0; j < G; j++) {
              const g = gPerm[j] as number;
              if (gMatched[g] === 1 && gCrowd[g] === 0) continue;
              if (m > -1 && gIg[m] === 0 && gIg[g] === 1) break;
              const iou = ious[row + g] as number;
              if (iou < bestIou) continue;
              bestIou = iou;
              m = g;
            }
            if (m === -1) continue;
            gMatched[m] = 1;
            const o = kept + d;
            const w = out.status[o * A + a] as number;
            out.status[o * A + a] = (w & ~(3 << (2 * t))) | ((gIg[m] === 1 ? DT_IGNORED : DT_TP) << (2 * t));
            if (a === 0) out.matchedGt[o * T + t] = gtSorted[q + m] as number;
          }
        }
      }
      kept += D;
      p = p2;
      q = q2;
    }
  }
  return trim(out, kept, A, T);
}

function trim(
  out: Omit<CocoMatches, 'count'>,
  kept: number,
  perStatus: number,
  perMatch: number,
): CocoMatches {
  if (kept === out.det.length) return { count: kept, ...out };
  return {
    count: kept,
    det: out.det.slice(0, kept),
    img: out.img.slice(0, kept),
    cat: out.cat.slice(0, kept),
    rank: out.rank.slice(0, kept),
    score: out.score.slice(0, kept),
    numAreas: out.numAreas,
    status: out.status.slice(0, kept * perStatus),
    matchedGt: out.matchedGt.slice(0, kept * perMatch),
    gtCount: out.gtCount,
  };
}
