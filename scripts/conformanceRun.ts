/**
 * The conformance runner's logic (scripts/conformance.ts is its command line):
 * runs every case of every `*.json` file of the given directories through the
 * registry and reports failures line by line, by the rules of
 * test/reference/FORMAT.md.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { MetricEntry } from '../src/metrics/entry';
import { runCase, type ReferenceCase } from '../src/metrics/conformance/runCase';

export interface ConformanceReport {
  passed: number;
  failed: number;
  /** One line per failure: file, case id, metric and the first differing field. */
  lines: string[];
}

/** Resolves a directory argument: absolute as given, relative against `base` (npm's INIT_CWD). */
export function resolveDir(dir: string, base: string): string {
  return isAbsolute(dir) ? dir : resolve(base, dir);
}

function runFile(
  path: string,
  name: string,
  lookup: (id: string) => MetricEntry | undefined,
  report: ConformanceReport,
): number {
  let cases: unknown;
  try {
    cases = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    report.failed++;
    report.lines.push(`${name}: cannot be parsed: ${err instanceof Error ? err.message : String(err)}`);
    return 0;
  }
  if (!Array.isArray(cases)) {
    report.failed++;
    report.lines.push(`${name}: cannot be parsed: expected a JSON array of cases`);
    return 0;
  }
  for (const raw of cases as unknown[]) {
    if (typeof raw !== 'object' || raw === null || typeof (raw as ReferenceCase).metric !== 'string') {
      report.failed++;
      report.lines.push(`${name}: a case without a metric name: ${JSON.stringify(raw)?.slice(0, 80)}`);
      continue;
    }
    const c = raw as ReferenceCase;
    const v = runCase(c, lookup);
    if (v.passed) report.passed++;
    else {
      report.failed++;
      report.lines.push(`${name} ${v.id} [${v.metric}] ${v.reason}`);
    }
  }
  return cases.length;
}

/** Runs every case in `dirs` (already resolved) and returns the report. */
export function runConformance(
  dirs: string[],
  lookup: (id: string) => MetricEntry | undefined,
): ConformanceReport {
  const report: ConformanceReport = { passed: 0, failed: 0, lines: [] };
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      report.failed++;
      report.lines.push(`${dir}: directory not found`);
      continue;
    }
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    let count = 0;
    for (const f of files) {
      const path = join(dir, f);
      if (!statSync(path).isFile()) continue;
      count += runFile(path, f, lookup, report);
    }
    if (count === 0 && !report.lines.some((l) => files.some((f) => l.startsWith(`${f}: cannot be parsed`)))) {
      report.failed++;
      report.lines.push(`${dir}: holds no case`);
    }
  }
  return report;
}
