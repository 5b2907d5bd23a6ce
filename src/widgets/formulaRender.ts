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

/**
 * How a display formula fits its column: drawn at `scale` times its font
 * size, or (`wrap`) drawn inline so KaTeX may break it after `=` and `+`.
 * `natural` is its unscaled display width in CSS px (0 while unknown).
 */
export interface FormulaFit {
  scale: number;
  wrap: boolean;
  natural: number;
}

/** A display formula at full size. */
export const FULL_SIZE: FormulaFit = { scale: 1, wrap: false, natural: 0 };

/** What the fit is measured from, in CSS px. */
export interface FormulaMeasure {
  /** Width of the drawn formula (at the current fit). */
  content: number;
  /** Width of its column. */
  box: number;
  /** The column's scroll width (what overflows it). */
  scroll: number;
}

/** The smallest scale of a display formula; a formula that needs less is wrapped instead. */
export const FORMULA_FLOOR = 0.55;
/** The smallest scale of a wrapped formula whose unbreakable piece is still too wide. */
const WRAPPED_FLOOR = 0.3;

const down = (v: number) => Math.floor(v * 100) / 100;

/**
 * The next fit of a display formula after a measurement: full size when it
 * fits; else scaled down to its column (never below `floor`); else wrapped
 * (and scaled down further only if an unbreakable piece still overflows).
 * A wrapped formula goes back to display when its column has grown enough.
 * Returns `fit` itself when nothing needs to change (no render loop).
 */
export function fitFormula(fit: FormulaFit, m: FormulaMeasure, floor = FORMULA_FLOOR): FormulaFit {
  if (!(m.box > 0) || !(m.content > 0)) return fit;
  if (fit.wrap) {
    if (fit.natural > 0 && fit.natural * floor <= m.box - 1)
      return { scale: Math.min(1, down((m.box - 1) / fit.natural)), wrap: false, natural: fit.natural };
    if (!overflows(m.scroll, m.box)) return fit;
    return { ...fit, scale: Math.max(WRAPPED_FLOOR, down((fit.scale * m.box) / m.scroll)) };
  }
  const natural = m.content / fit.scale;
  const target = natural <= m.box ? 1 : down((m.box - 1) / natural);
  if (target < floor) return { scale: 1, wrap: true, natural };
  const fits = !overflows(m.content, m.box);
  if (fits && (target === fit.scale || Math.abs(target - fit.scale) < 0.02)) return fit;
  return { scale: target, wrap: false, natural };
}
