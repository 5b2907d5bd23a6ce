/** Reading a score the reader typed. */

/**
 * A typed score as a number in [0, 1] rounded to 0.01, or null when the text
 * is not a number in that range (the input then keeps its last valid value).
 */
export function parseScore(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const v = Number(trimmed);
  if (!Number.isFinite(v) || v < 0 || v > 1) return null;
  return Number((Math.round(v * 100) / 100).toFixed(2));
}
