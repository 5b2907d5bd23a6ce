/**
 * The page's copies of the worker scenes' constants (src/scenes/generative
 * runs only in the worker): mode count, ring, grid, slider ranges. The unit
 * test constants.test.ts checks that they agree with the scenes'.
 */

/** Number of real modes. */
export const MODES = 8;
/** Feature units per grid unit (centres are integers in tenths). */
export const GRID = 0.1;
/** Largest |coordinate| of a centre in grid units; the plane shows -9..9. */
export const CENTRE_LIMIT = 90;
/** The real mode centres in grid units (y up), flat: radius 5 rounded to the grid. */
export const REAL_CENTRES: readonly number[] = Array.from({ length: MODES }, (_, k) => {
  const a = (2 * Math.PI * k) / MODES;
  return [Math.round(50 * Math.cos(a)), Math.round(50 * Math.sin(a))];
}).flat();
/** Sample sizes of the hero's sample-count slider. */
export const SAMPLE_COUNTS = [50, 100, 200, 500, 1000, 2000, 5000] as const;
/** Largest spread of a generated mode (grid 0.1). */
export const MAX_SPREAD = 2;
/** Largest seed. */
export const MAX_SEED = 99;
/** Generated samples drawn (and pickable) in the Inception Score figure. */
export const IS_SHOWN = 120;
/** Sample sizes of the small-sample figure. */
export const SMALL_SIZES = [50, 500, 5000] as const;
