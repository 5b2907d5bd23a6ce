/**
 * Distance bands of the depth scene and each band's share of the error: far
 * pixels have large errors in metres, so they dominate RMSE; near pixels have
 * large errors relative to their depth, so they weigh in AbsRel.
 */
import type { Maybe, NumArray } from '../../metrics/types';
import { assertSameLength } from '../../metrics/validate';

/** A band of ground-truth depth, in metres. */
export interface DepthBand {
  readonly id: 'near' | 'mid' | 'midfar' | 'far';
  readonly lo: number;
  readonly hi: number;
}

/** Near is under 3 m, far is over 20 m (where the scene's noise controls act). */
export const NEAR_LIMIT = 3;
export const FAR_LIMIT = 20;

export const DEPTH_BANDS: readonly DepthBand[] = [
  { id: 'near', lo: 0, hi: NEAR_LIMIT },
  { id: 'mid', lo: NEAR_LIMIT, hi: 10 },
  { id: 'midfar', lo: 10, hi: FAR_LIMIT },
  { id: 'far', lo: FAR_LIMIT, hi: Infinity },
];

/** The band index of a ground-truth depth: [0, 3), [3, 10), [10, 20], (20, inf). */
export function bandIndex(gt: number): number {
  if (gt < NEAR_LIMIT) return 0;
  if (gt < 10) return 1;
  if (gt <= FAR_LIMIT) return 2;
  return 3;
}

/** One band's part of the errors. */
export interface BandContribution {
  readonly id: DepthBand['id'];
  readonly lo: number;
  readonly hi: number;
  /** Valid pixels in the band. */
  readonly pixels: number;
  /** pixels / N: the band's share of the valid pixels; null when N = 0. */
  readonly pixel_share: Maybe;
  /** (1/N) sum over the band of (d - d*)^2: the bands' parts add up to RMSE^2. */
  readonly mse_part: Maybe;
  /** (1/N) sum over the band of |d - d*| / d*: the bands' parts add up to AbsRel. */
  readonly abs_rel_part: Maybe;
  /** mse_part / RMSE^2; null when RMSE is 0 (no error to share). */
  readonly rmse_share: Maybe;
  /** abs_rel_part / AbsRel; null when AbsRel is 0. */
  readonly abs_rel_share: Maybe;
}

/**
 * Splits the squared error (what RMSE is the root of) and the relative error
 * (AbsRel) of the evaluated pixels by distance band. `pred` holds predictions
 * already scaled and clamped as the evaluation does, `counted[i]` is 1 for the
 * pixels the evaluation keeps (monodepth2's validity mask). N is the number of
 * counted pixels, so mse_part sums to RMSE^2 and abs_rel_part to AbsRel of
 * monodepth2 `compute_errors` over the same pixels. Shares are null where their
 * total is 0 (0/0); every part is null when N = 0.
 */
export function bandContributions(pred: NumArray, gt: NumArray, counted: NumArray): BandContribution[] {
  assertSameLength('pred', pred.length, 'gt', gt.length);
  assertSameLength('counted', counted.length, 'gt', gt.length);
  const nb = DEPTH_BANDS.length;
  const pixels = new Array<number>(nb).fill(0);
  const sq = new Array<number>(nb).fill(0);
  const rel = new Array<number>(nb).fill(0);
  let n = 0;
  for (let i = 0; i < gt.length; i++) {
    if (!counted[i]) continue;
    const g = gt[i]!;
    const d = pred[i]! - g;
    const b = bandIndex(g);
    pixels[b]!++;
    sq[b]! += d * d;
    rel[b]! += Math.abs(d) / g;
    n++;
  }
  const sqTotal = sq.reduce((a, b) => a + b, 0);
  const relTotal = rel.reduce((a, b) => a + b, 0);
  return DEPTH_BANDS.map((band, b) => ({
    id: band.id,
    lo: band.lo,
    hi: band.hi,
    pixels: pixels[b]!,
    pixel_share: n === 0 ? null : pixels[b]! / n,
    mse_part: n === 0 ? null : sq[b]! / n,
    abs_rel_part: n === 0 ? null : rel[b]! / n,
    rmse_share: sqTotal === 0 ? null : sq[b]! / sqTotal,
    abs_rel_share: relTotal === 0 ? null : rel[b]! / relTotal,
  }));
}
