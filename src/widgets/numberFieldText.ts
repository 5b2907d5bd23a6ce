/**
 * The pure rules of the number field (`NumberField.tsx`): what text is a
 * number, whether it is in range and on the step grid, how a value is shown,
 * and where the arrow keys go. The field keeps whatever the reader types and
 * only applies these rules when they commit (Enter, leaving the field, arrows).
 */
import { snap as snapToStep, stepDecimals } from '../lib/snap';

/** The range and step grid of a number field. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  /** Values are `min + k * step` for whole k. */
  readonly step: number;
}

/** Why a text was refused. */
export type NumberTextProblem = 'empty' | 'not-a-number' | 'out-of-range' | 'off-step';

/** The outcome of reading a typed text. */
export type NumberTextResult = { ok: true; value: number } | { ok: false; problem: NumberTextProblem };

/** Plain decimal notation, optionally signed, with an optional exponent ("0.45", ".5", "-2", "1e-1"). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a typed text. Accepts plain decimals with "." or a single "," as the
 * decimal mark; refuses empty text, anything else (hex, "Infinity", "1/2"),
 * values outside [min, max] and values off the step grid (checked to 1e-9 of
 * a step). Never rounds what was typed to another value.
 */
export function parseNumberText(text: string, rule: NumberRule): NumberTextResult {
  const trimmed = text.trim().replace(/^([^,]*),([^,]*)$/, '$1.$2');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!DECIMAL.test(trimmed)) return { ok: false, problem: 'not-a-number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (value < rule.min || value > rule.max) return { ok: false, problem: 'out-of-range' };
  const k = (value - rule.min) / rule.step;
  if (Math.abs(k - Math.round(k)) > 1e-9) return { ok: false, problem: 'off-step' };
  return { ok: true, value: snapToStep(value, rule) };
}

/** The text shown for a value: at most the step's decimals, without trailing zeros (0.5, 0.95, 2). */
export function formatNumber(value: number, rule: NumberRule): string {
  return String(Number(value.toFixed(stepDecimals(rule.step))));
}

/**
 * Where an arrow key goes from `value`: `steps` grid steps up (positive) or
 * down, snapped to the grid and kept inside [min, max].
 */
export function stepValue(value: number, steps: number, rule: NumberRule): number {
  const next = snapToStep(value + steps * rule.step, rule);
  return Math.min(rule.max, Math.max(rule.min, next));
}
