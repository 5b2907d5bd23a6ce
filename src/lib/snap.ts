/** Snapping slider values to their step grid. */

/** A slider's range: values min, min + step, ..., max. */
export interface StepGrid {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * Number of decimals of `step` as written (0.05 -> 2, 0.5 -> 1, 2 -> 0,
 * 1e-7 -> 7), so grid values can be rounded to exactly what a person would
 * write.
 */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || Number.isInteger(step)) return 0;
  const text = String(step);
  const e = text.indexOf('e-');
  if (e >= 0) {
    const mantissa = text.slice(0, e);
    const dot = mantissa.indexOf('.');
    return Number(text.slice(e + 2)) + (dot >= 0 ? mantissa.length - dot - 1 : 0);
  }
  return text.length - text.indexOf('.') - 1;
}

/**
 * The grid value nearest to `value`: min + k * step for the nearest integer k
 * (half-way rounds up), clamped to [min, max], then rounded to the step's own
 * decimals (plus those of min) so that 0.1-steps read 9.9, not
 * 9.900000000000002, and 0.1 + 0.2 snaps to 0.3 exactly. The one rule for
 * every slider; a share link stores this value. Non-finite input gives min.
 */
export function snap(value: number, grid: StepGrid): number {
  const { min, max, step } = grid;
  if (!Number.isFinite(value)) return min;
  const k = Math.round((value - min) / step);
  const onGrid = Math.min(max, Math.max(min, min + k * step));
  const decimals = Math.max(stepDecimals(step), stepDecimals(min));
  return Number(onGrid.toFixed(Math.min(100, decimals)));
}
