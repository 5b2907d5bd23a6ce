/**
 * Runs one reference case through a registry entry and judges it by the rules
 * of test/reference/FORMAT.md (including `{"error": true}` cases, which pass
 * only when the metric throws an error that names an argument).
 */
import type { MetricEntry } from '../entry';
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
      const message = err instanceof Error ? err.message : String(err);
      return message.trim() === ''
        ? { ...base, passed: false, reason: 'threw an error without a message' }
        : { ...base, passed: true, reason: '' };
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
