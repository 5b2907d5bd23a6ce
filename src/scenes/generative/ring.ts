/**
 * The toy "feature space" of the generative section: 2-D points drawn from a
 * mixture of Gaussians on a ring. Real data: 8 modes of spread 1 on a ring of
 * radius 5; generated data: the modes the reader keeps and moves, with the
 * spread the reader picks. Centres live on a grid of 0.1 (integers in tenths),
 * so a share link and the keyboard hit exactly the same numbers.
 */
import { mulberry32, normalSampler } from '../../lib/random';

/** Number of real modes. */
export const MODES = 8;
/** Radius of the ring of real modes (feature units). */
export const RING_RADIUS = 5;
/** Standard deviation of each real mode (feature units). */
export const REAL_SPREAD = 1;
/** Feature units per grid unit: centres are stored as integers in tenths. */
export const GRID = 0.1;
/** Largest |coordinate| of a centre, in grid units (the plane shows -9..9). */
export const CENTRE_LIMIT = 90;
/** The seed of the real sample (fixed: the reader changes only the generated seed). */
export const REAL_SEED = 20170626;

/** The 8 real mode centres in grid units (x, y with y up), flat [x0, y0, x1, y1, ...]. */
export const REAL_CENTRES: readonly number[] = Array.from({ length: MODES }, (_, k) => {
  const a = (2 * Math.PI * k) / MODES;
  return [Math.round((RING_RADIUS / GRID) * Math.cos(a)), Math.round((RING_RADIUS / GRID) * Math.sin(a))];
}).flat();

/** The seed of a generated sample for the reader's seed, kept apart from the real seed. */
export function generatedSeed(seed: number): number {
  return (seed * 2654435761 + 1013904223) >>> 0;
}

/**
 * n points of the mixture whose first `kept` modes (of the flat grid-unit
 * `centres`) are chosen with equal probability, each point = centre +
 * spread * N(0, I). Row-major Float64Array of length 2n; seeded.
 */
export function sampleMixture(
  centres: readonly number[],
  kept: number,
  spread: number,
  n: number,
  seed: number,
): Float64Array {
  const rand = mulberry32(seed);
  const normal = normalSampler(rand);
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const k = Math.min(kept - 1, Math.floor(rand() * kept));
    out[2 * i] = centres[2 * k]! * GRID + spread * normal();
    out[2 * i + 1] = centres[2 * k + 1]! * GRID + spread * normal();
  }
  return out;
}

/** n points of the real distribution (8 modes, spread 1) from `seed`. */
export function sampleReal(n: number, seed: number = REAL_SEED): Float64Array {
  return sampleMixture(REAL_CENTRES, MODES, REAL_SPREAD, n, seed);
}
