/** Snapping slider values to their step grid. */

/**
 * The multiple of `step` nearest to `x`, rounded to 9 decimals so that
 * 0.1-steps read 9.9 and not 9.900000000000002 (what a share link stores).
 */
export function snap(x: number, step: number): number {
  return Number((Math.round(x / step) * step).toFixed(9));
}
