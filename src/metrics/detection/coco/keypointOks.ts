/**
 * Object keypoint similarity between one detection and one ground truth, as
 * pycocotools `COCOeval.computeOks` computes each entry of its matrix.
 */
import { SPACING_1 } from '../../spacing';
import { pairwiseSum } from './pairwiseSum';

/**
 * OKS (Ronchi & Perona, "Benchmarking and Error Diagnosis in Multi-Instance
 * Pose Estimation", ICCV 2017; COCO keypoint challenge):
 *
 *   e_i = (dx_i² + dy_i²) / (2σ_i)² / (area + ε) / 2,   OKS = Σ exp(-e_i) / n
 *
 * over the gt keypoints with visibility v_i > 0 (n of them). When no gt
 * keypoint is visible, every keypoint counts (n = K) and dx, dy are the
 * distances from the detected keypoint to the box [x - w, x + 2w] × [y - h, y + 2h]
 * (the gt box doubled around itself), 0 inside it.
 *
 * Keypoints are flat `[x, y, v] * K` (gt) and `[x, y, score] * K` (dt) read at
 * offsets `gi` and `di`; `gtBox` is the gt's `[x, y, w, h]` at `bi`; `vars[i] = (2σ_i)²`
 * computed as pycocotools does (`(sigmas * 2) ** 2`); `scratch` holds at least K values.
 * Matches pycocotools 2.0 `computeOks` (ε = np.spacing(1), the sum in numpy's
 * pairwise order, gt area from the annotation's `area` field). The terms come
 * from {@link keypointSimilarities}, the one OKS kernel (also behind `keypoints/oks`).
 */
export function keypointOks(...args: Parameters<typeof keypointSimilarities>): number {
  const n = keypointSimilarities(...args);
  return pairwiseSum(args[8], 0, n) / n;
}

/**
 * The per-keypoint terms exp(-e_i) of OKS (see {@link keypointOks} for e_i,
 * the arguments and the box rule when no gt keypoint is visible), written to
 * `scratch[0..n)` in keypoint order over the keypoints that count; returns n
 * (the number of visible gt keypoints, or K when none is visible).
 */
export function keypointSimilarities(
  dt: ArrayLike<number>,
  di: number,
  gt: ArrayLike<number>,
  gi: number,
  gtBox: ArrayLike<number>,
  bi: number,
  gtArea: number,
  vars: ArrayLike<number>,
  scratch: Float64Array,
): number {
  const k = vars.length;
  let visible = 0;
  for (let j = 0; j < k; j++) if ((gt[gi + 3 * j + 2] as number) > 0) visible++;
  const denom = gtArea + SPACING_1;
  let n = 0;
  if (visible > 0) {
    for (let j = 0; j < k; j++) {
      if ((gt[gi + 3 * j + 2] as number) <= 0) continue;
      const dx = (dt[di + 3 * j] as number) - (gt[gi + 3 * j] as number);
      const dy = (dt[di + 3 * j + 1] as number) - (gt[gi + 3 * j + 1] as number);
      scratch[n++] = Math.exp(-((dx * dx + dy * dy) / (vars[j] as number) / denom / 2));
    }
  } else {
    const bx = gtBox[bi] as number;
    const by = gtBox[bi + 1] as number;
    const bw = gtBox[bi + 2] as number;
    const bh = gtBox[bi + 3] as number;
    const x0 = bx - bw;
    const x1 = bx + bw * 2;
    const y0 = by - bh;
    const y1 = by + bh * 2;
    for (let j = 0; j < k; j++) {
      const xd = dt[di + 3 * j] as number;
      const yd = dt[di + 3 * j + 1] as number;
      const dx = Math.max(0, x0 - xd) + Math.max(0, xd - x1);
      const dy = Math.max(0, y0 - yd) + Math.max(0, yd - y1);
      scratch[n++] = Math.exp(-((dx * dx + dy * dy) / (vars[j] as number) / denom / 2));
    }
  }
  return n;
}

/** `(sigmas * 2) ** 2`, the per-keypoint variances of pycocotools `computeOks`. */
export function oksVariances(sigmas: ArrayLike<number>): Float64Array {
  return Float64Array.from(sigmas, (s) => {
    const d = s * 2;
    return d * d;
  });
}
