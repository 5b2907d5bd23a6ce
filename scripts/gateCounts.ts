/** Readers of the gates' reports (vitest and Playwright JSON, the conformance summary line) and the gates' total. */
import { existsSync, readFileSync } from 'node:fs';

export interface Count {
  passed: number;
  failed: number;
  /** Tests that failed and then passed on a retry (Playwright); already included in `failed`. */
  flaky?: string[];
  /** Tests that did not run (skipIf, test.skip, todo); counted neither way but shown. */
  skipped?: number;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Counts from vitest's JSON reporter (jest-style numPassedTests /
 * numFailedTests / numPendingTests / numTodoTests). A test file that failed
 * without a failed test (it did not load, or a hook threw) hides its tests, so
 * it counts as one more failure.
 */
export function countVitest(path: string): Count | null {
  const r = readJson(path) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: { status?: string; assertionResults?: { status?: string }[] }[];
  } | null;
  if (!r || typeof r.numPassedTests !== 'number') return null;
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: r.numPassedTests,
    failed: (r.numFailedTests ?? 0) + brokenFiles,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

interface PlaywrightSuite {
  title?: string;
  file?: string;
  specs?: { title?: string; file?: string; tests?: { status?: string; projectName?: string }[] }[];
  suites?: PlaywrightSuite[];
}

/** "file > describe > title" of every flaky test in a Playwright JSON report's suite tree. */
function flakyTitles(suites: readonly PlaywrightSuite[] | undefined, path: readonly string[]): string[] {
  const out: string[] = [];
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : [...path];
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'flaky') out.push([...here, spec.title ?? '?'].join(' > '));
    out.push(...flakyTitles(suite.suites, here));
  }
  return out;
}

/**
 * Counts from Playwright's JSON reporter: expected passes; unexpected and
 * flaky (failed, then passed on a retry) fail, so a flaky test is reported
 * as flaky and never hidden among the passes. Skipped tests are shown.
 */
export function countPlaywright(path: string): Count | null {
  const r = readJson(path) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
    suites?: PlaywrightSuite[];
  } | null;
  if (!r?.stats || typeof r.stats.expected !== 'number') return null;
  const flakyCount = r.stats.flaky ?? 0;
  const titles = flakyTitles(r.suites, []);
  while (titles.length < flakyCount) titles.push('(a flaky test without a title in the report)');
  return {
    passed: r.stats.expected,
    failed: (r.stats.unexpected ?? 0) + flakyCount,
    flaky: titles,
    skipped: r.stats.skipped ?? 0,
  };
}

/** Counts from the conformance runner's last `conformance: P passed, F failed` line: one test per case. */
export function countConformance(output: string): Count | null {
  const lines = output.match(/^conformance: \d+ passed, \d+ failed$/gm);
  const last = lines?.[lines.length - 1];
  if (!last) return null;
  const [passed, failed] = (last.match(/\d+/g) ?? []).map(Number);
  return { passed: passed ?? 0, failed: failed ?? 0 };
}

/**
 * A gate's count from its exit status and its report: the report's counts
 * when there is one (at least one failure when the gate exited non-zero), else
 * one test that passed or failed.
 */
export function gateCount(ok: boolean, report: Count | null): Count {
  if (!report) return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (!ok && report.failed === 0) return { ...report, failed: 1 };
  return report;
}

/** The lines that close a gates run: flaky tests (if any), then exactly `tests: N passed, N failed`. */
export function summaryLines(counts: readonly Count[]): string[] {
  const passed = counts.reduce((s, c) => s + c.passed, 0);
  const failed = counts.reduce((s, c) => s + c.failed, 0);
  const flaky = counts.flatMap((c) => c.flaky ?? []);
  const lines = flaky.map((t) => `flaky (counted as failed): ${t}`);
  if (flaky.length > 0)
    lines.push(`flaky: ${flaky.length} (failed first, passed on a retry; counted as failed)`);
  lines.push(`tests: ${passed} passed, ${failed} failed`);
  return lines;
}

/** Exit code of a gates run: 1 when anything failed or nothing passed. */
export function exitCode(counts: readonly Count[]): number {
  const passed = counts.reduce((s, c) => s + c.passed, 0);
  const failed = counts.reduce((s, c) => s + c.failed, 0);
  return failed > 0 || passed === 0 ? 1 : 0;
}
