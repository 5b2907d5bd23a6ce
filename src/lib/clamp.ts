/** Clamping a number into a closed range. */

/**
 * `value` limited to [lo, hi]: lo below it, hi above it, else value itself.
 * When lo > hi the upper bound wins (min(hi, max(lo, value)) = hi), the rule
 * the copies this replaces all used.
 */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}
