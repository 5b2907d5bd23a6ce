/** Snapping slider values to their step grid. */

/**
 * The multiple of `step` nearest to `v`, clamped to [min, max] and cleaned
 * of floating-point noise (0.1 * 3 reads 0.3, not 0.30000000000000004).
 */
export function snapToStep(v: number, step: number, min: number, max: number): number {
  const snapped = Math.round(v / step) * step;
  const clamped = Math.min(max, Math.max(min, snapped));
  return Number(clamped.toFixed(10));
}
