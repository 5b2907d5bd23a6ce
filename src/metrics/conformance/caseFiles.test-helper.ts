/**
 * Test helper for unit tests of a metric family: runs every case of one
 * reference file against a list of entries and returns the failures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { MetricEntry } from '../entry';
import { runCase, type CaseVerdict, type ReferenceCase } from './runCase';

const CASES_DIR = fileURLToPath(new URL('../../../test/reference/cases/', import.meta.url));

/** Loads test/reference/cases/<file> and returns {total, failures} for the given entries. */
export function checkCaseFile(
  file: string,
  entries: readonly MetricEntry[],
): { total: number; failures: CaseVerdict[] } {
  const cases = JSON.parse(readFileSync(CASES_DIR + file, 'utf8')) as ReferenceCase[];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const verdicts = cases.map((c) => runCase(c, (id) => byId.get(id)));
  return { total: verdicts.length, failures: verdicts.filter((v) => !v.passed) };
}

/**
 * Declares one vitest case per reference file: each must hold at least one case and
 * every case must pass against `entries`. Shared by the families' conformance tests.
 */
export function describeConformance(
  title: string,
  files: readonly string[],
  entries: readonly MetricEntry[],
): void {
  describe(title, () => {
    for (const file of files) {
      it(`passes every case of ${file}`, () => {
        const { total, failures } = checkCaseFile(file, entries);
        expect(total).toBeGreaterThan(0);
        expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
      });
    }
  });
}
