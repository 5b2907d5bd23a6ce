/**
 * Pure rules of Formula's rendering: when KaTeX must run (only for a TeX
 * string it has not drawn yet, and only on or near the screen), how tall the
 * plain-text stand-in is while KaTeX loads, and when a display formula
 * scrolls sideways.
 */

/** What a formula does after a render of React. */
export type FormulaStep = 'render' | 'load' | 'wait' | 'none';

/** The inputs of `formulaStep`. */
export interface FormulaStepInput {
  /** The filled-in TeX to show now. */
  tex: string;
  /** The TeX KaTeX last drew into the element (null: nothing yet). */
  drawn: string | null;
  /** Whether the element is on or near the screen. */
  near: boolean;
  /** Whether KaTeX has loaded. */
  ready: boolean;
  /** A forced render (before printing) of an off-screen formula. */
  force?: boolean;
}

/**
 * The step: nothing when the drawn TeX is already `tex` (a re-render with
 * the same rounded numbers costs nothing); wait while off screen (drawn when
 * it comes near, or before printing); load KaTeX when needed and not loaded;
 * else render.
 */
export function formulaStep({ tex, drawn, near, ready, force = false }: FormulaStepInput): FormulaStep {
  if (drawn === tex) return 'none';
  if (!near && !force) return 'wait';
  return ready ? 'render' : 'load';
}

/**
 * The minimum height (in em) of a display formula's plain-text stand-in,
 * close to KaTeX's so the page does not jump when KaTeX arrives: about 1.5 em
 * a row (rows split by `\\`), 2.6 em for a row with a fraction, plus the
 * display margins.
 */
export function placeholderHeightEm(tex: string): number {
  const rows = tex.split('\\\\');
  const body = rows.reduce((sum, row) => sum + (/\\[dt]?frac\b|\\sum\b|\\sqrt\b/.test(row) ? 2.6 : 1.5), 0);
  return Math.round((body + 1) * 10) / 10;
}

/** Whether content `contentWidth` wide overflows a box `boxWidth` wide (1 px of rounding allowed). */
export function overflows(contentWidth: number, boxWidth: number): boolean {
  return contentWidth > boxWidth + 1;
}
