/**
 * The valibot schema of a slider value that lives on its control's step grid,
 * so a share link restores exactly what the reader saw and a tampered link is
 * refused.
 */
import * as v from 'valibot';

/**
 * A number in [min, max] that is a whole multiple of `step`: |x/step − round(x/step)|
 * below `tolerance` (default 1e-9; a grid reached by arithmetic such as 0.001 may need more).
 */
export function onGrid(min: number, max: number, step: number, tolerance = 1e-9) {
  return v.pipe(
    v.number(),
    v.minValue(min),
    v.maxValue(max),
    v.check((x) => Math.abs(x / step - Math.round(x / step)) < tolerance, `must be a multiple of ${step}`),
  );
}
