/**
 * Runs one reference case through a registry entry and judges it by the rules
 * of test/reference/FORMAT.md (including `{"error": true}` cases, which pass
 * only when the metric throws a MetricInputError that names an argument of
 * the case).
 */
import type { MetricEntry } from '../entry';
import { MetricInputError } from '../validate';
import { DEFAULT_TOLERANCE, firstMismatch, type Tolerance } from './compare';
import { decodeNonFinite } from './decode';

export interface ReferenceCase {
  id: string;
  metric: string;
  args: Record<string, unknown>;
  expected: unknown;
  tolerance?: Partial<Tolerance>;
  source?: string;
}

export interface CaseVerdict {
  id: string;
  metric: string;
  passed: boolean;
  /** One line saying why the case failed (empty when it passed). */
  reason: string;
}

function isErrorExpectation(expected: unknown): boolean {
  return (
    typeof expected === 'object' && expected !== null && (expected as { error?: unknown }).error === true
  );
}

function show(v: unknown): string {
  if (typeof v === 'number') return String(v);
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Why a thrown value does not meet an `{"error": true}` case, or '' when it
 * does: it must be a MetricInputError whose `argument` names only arguments
 * of the case (comma-separated names such as "pred, gt"; a path such as
 * "gt.data" or "sigma1[2]" names its first segment).
 */
export function errorShortfall(err: unknown, args: Record<string, unknown>): string {
  if (!(err instanceof MetricInputError)) {
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return `expected a MetricInputError naming an argument, got ${show(what)}`;
  }
  const names = err.argument.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !Object.hasOwn(args, n.split(/[.[]/)[0] ?? ''));
  return unknown.length > 0 ? `the error names "${err.argument}", which is not an argument of the case` : '';
}

/** Runs one case against the registry lookup and returns its verdict. */
export function runCase(c: ReferenceCase, lookup: (id: string) => MetricEntry | undefined): CaseVerdict {
  const base = { id: String(c.id), metric: String(c.metric) };
  const entry = lookup(c.metric);
  if (!entry) return { ...base, passed: false, reason: `unknown metric "${c.metric}"` };
  const args = decodeNonFinite(c.args ?? {}) as Record<string, unknown>;
  if (isErrorExpectation(c.expected)) {
    try {
      const got = entry.compute(args);
      return { ...base, passed: false, reason: `expected an error, got ${show(got)}` };
    } catch (err) {
      const reason = errorShortfall(err, args);
      return { ...base, passed: reason === '', reason };
    }
  }
  let actual: unknown;
  try {
    actual = entry.compute(args);
    if (entry.toReference) actual = entry.toReference(actual);
  } catch (err) {
    return { ...base, passed: false, reason: `threw: ${err instanceof Error ? err.message : String(err)}` };
  }
  const tol: Tolerance = { ...DEFAULT_TOLERANCE, ...(c.tolerance ?? {}) };
  const m = firstMismatch(actual, c.expected, tol);
  return m
    ? { ...base, passed: false, reason: `${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}` }
    : { ...base, passed: true, reason: '' };
}
