/**
 * "Match PSNR" solved from the MSE directly: the same answer as
 * `matchNoiseSigma` (matchNoise.ts) with a fraction of its MSE evaluations.
 */
import type { Raster } from '../types';
import { noiseMse } from './noise';
import { bisectNoiseSigma, checkNoiseTarget, matchNoiseSigma } from './matchNoise';

function isEightBit(image: Raster): boolean {
  const d = image.data;
  if (d instanceof Uint8Array || d instanceof Uint8ClampedArray) return true;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 255) return false;
  }
  return true;
}

/** Evaluated points of a non-decreasing function, answering bounds for any argument. */
class MonotoneSamples {
  private readonly xs: number[] = [];
  private readonly ys: number[] = [];
  constructor(private readonly f: (x: number) => number) {}

  /** f(x), evaluated once per x. */
  value(x: number): number {
    const k = this.xs.indexOf(x);
    if (k >= 0) return this.ys[k]!;
    const y = this.f(x);
    this.xs.push(x);
    this.ys.push(y);
    return y;
  }

  /** [largest known f at or left of x, smallest known f at or right of x] (±Infinity when none). */
  bounds(x: number): [number, number] {
    let lo = -Infinity;
    let hi = Infinity;
    for (let k = 0; k < this.xs.length; k++) {
      const xk = this.xs[k]!;
      if (xk <= x && this.ys[k]! > lo) lo = this.ys[k]!;
      if (xk >= x && this.ys[k]! < hi) hi = this.ys[k]!;
    }
    return [lo, hi];
  }
}

/**
 * Same result as `matchNoiseSigma(image, field, targetMse, maxSigma,
 * tolerance)` (sigma, mse, matched and steps identical) for an 8-bit image
 * (integers 0..255; any other image falls back to matchNoiseSigma itself).
 *
 * Why it is the same: for integer x, each pixel's |clip(round(x + sigma z)) -
 * x| is non-decreasing in sigma (also in floating point: products, sums,
 * rounding and clipping are monotone) and the sum of squared integer
 * differences is exact, so MSE(sigma) is exactly non-decreasing. A few
 * regula-falsi steps (bracket) locate the crossing between two neighbouring
 * points of the grid the bisection ends on; the bisection of matchNoiseSigma
 * is then replayed step by step, and a midpoint whose comparison with the
 * target (and the 1e-9 early stop) is already decided by the known values is
 * not evaluated. Typically 4-6 evaluations of the MSE instead of 21. Throws
 * as matchNoiseSigma does.
 */
export const solveNoiseSigma: typeof matchNoiseSigma = (
  image,
  field,
  targetMse,
  maxSigma,
  tolerance = 1e-4,
) => {
  checkNoiseTarget(targetMse, maxSigma);
  if (targetMse === 0) return { sigma: 0, mse: 0, matched: true, steps: 0 };
  if (!isEightBit(image)) return matchNoiseSigma(image, field, targetMse, maxSigma, tolerance);
  const f = new MonotoneSamples((s) => noiseMse(image, s, field));
  const eps = 1e-9 * targetMse;
  let hiMse = NaN;
  if (!bracket(f, field, targetMse, maxSigma, tolerance)) {
    hiMse = f.value(maxSigma);
    if (hiMse < targetMse) return { sigma: maxSigma, mse: hiMse, matched: false, steps: 0 };
  }
  // Replay of matchNoiseSigma's bisection; NaN marks an end whose MSE is not evaluated yet.
  return bisectNoiseSigma(
    maxSigma,
    hiMse,
    targetMse,
    tolerance,
    (mid) => {
      const [below, above] = f.bounds(mid);
      if (above < targetMse && targetMse - above > eps) return [true, NaN];
      if (below >= targetMse && below - targetMse > eps) return [false, NaN];
      const m = f.value(mid);
      return [m < targetMse, m];
    },
    (sigma) => f.value(sigma),
  );
};

/**
 * Brackets the crossing MSE(sigma) = target between two neighbouring points
 * of the grid the bisection ends on (multiples of maxSigma / 2^K, K its
 * number of halvings), by regula falsi (Illinois) on sqrt(MSE) - sqrt(target),
 * nearly linear in sigma, starting from the no-clipping estimate
 * sqrt((target - 1/12) / mean(z^2)). Every evaluation lands on that grid, so
 * the bisection's final two ends are among the samples. Returns true when a
 * sample at or below maxSigma reached the target (so maxSigma does too).
 */
function bracket(
  f: MonotoneSamples,
  field: ArrayLike<number>,
  target: number,
  maxSigma: number,
  tolerance: number,
): boolean {
  let h = maxSigma;
  for (let k = 0; h > tolerance && k < 200; k++) h /= 2;
  const snap = (x: number) => Math.round(x / h) * h;
  const n = field.length;
  let zz = 0;
  for (let i = 0; i < n; i++) zz += field[i]! * field[i]!;
  zz = zz / n || 1;
  const root = Math.sqrt(target);
  const g = (v: number) => Math.sqrt(v) - root;
  let a = 0;
  let ga = -root;
  let b = NaN;
  let gb = NaN;
  let side = 0;
  let x = Math.sqrt(Math.max(0, target - 1 / 12) / zz);
  for (let it = 0; it < 24; it++) {
    if (Number.isNaN(b)) {
      x = Math.min(maxSigma, Math.max(a + h, snap(x)));
    } else {
      if (b - a <= h) break;
      x = Math.min(b - h, Math.max(a + h, snap(x)));
    }
    const v = f.value(x);
    if (v < target) {
      if (x >= maxSigma) return false;
      a = x;
      ga = g(v);
      if (side === -1) gb /= 2;
      side = -1;
    } else {
      b = x;
      gb = g(v);
      if (side === 1) ga /= 2;
      side = 1;
    }
    // No upper end yet: step past the target along the sqrt model, a little beyond it.
    x = Number.isNaN(b) ? a + (a * -ga) / (root + ga || 1) + 4 * h : b - (gb * (b - a)) / (gb - ga);
  }
  return !Number.isNaN(b);
}
