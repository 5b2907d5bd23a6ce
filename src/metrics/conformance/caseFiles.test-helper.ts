/**
 * Test helper for unit tests of a metric family: runs every case of one
 * reference file against a list of entries and returns the failures.
 */
import { readFileSync } from 'node:fs';
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
