/** Parsing of the scores the reader types in the AP figure's table. */

/** Reads a score typed by the reader: a number in [0, 1], rounded to 2 decimals; null when not valid. */
export function parseScore(text: string): number | null {
  if (text.trim() === '') return null;
  const v = Number(text);
  if (!Number.isFinite(v) || v < 0 || v > 1) return null;
  return Math.round(v * 100) / 100;
}
