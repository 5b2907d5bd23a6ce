/**
 * Checking and wording challenge goals: a readout's `data-value` against a
 * comparison ("at least", "at most"). A readout that is undefined (0/0),
 * an error, missing or not yet computed never meets a goal.
 */
import type { Comparison, Goal } from './challengeLink';

/** The number a `data-value` carries, or null when it has none (undefined, error, missing). */
export function readoutNumber(dataValue: string | null | undefined): number | null {
  if (dataValue === 'inf') return Infinity;
  if (dataValue === '-inf') return -Infinity;
  if (dataValue === null || dataValue === undefined || dataValue.trim() === '') return null;
  const n = Number(dataValue);
  return Number.isNaN(n) ? null : n;
}

/** True when `dataValue` meets the comparison with `value`. */
export function meets(dataValue: string | null | undefined, cmp: Comparison, value: number): boolean {
  const n = readoutNumber(dataValue);
  if (n === null) return false;
  return cmp === '>=' ? n >= value : n <= value;
}

/** True when every goal is met; `valueOf` gives each goal's readout `data-value` (null when absent). */
export function allMet(goals: readonly Goal[], valueOf: (key: string) => string | null): boolean {
  return goals.length > 0 && goals.every((g) => meets(valueOf(g.key), g.cmp, g.value));
}
