import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countConformance,
  countPlaywright,
  countVitest,
  exitCode,
  gateCount,
  summaryLines,
} from './gateCounts';

const file = (text: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'gate-')), 'r.json');
  writeFileSync(p, text);
  return p;
};

/** A Playwright JSON report with one spec per [title, status] in a nested describe. */
const playwrightReport = (stats: object, tests: [string, string][]) =>
  JSON.stringify({
    stats,
    suites: [
      {
        title: 'a.spec.ts',
        suites: [{ title: 'group', specs: tests.map(([title, status]) => ({ title, tests: [{ status }] })) }],
      },
    ],
  });

describe('gate counts', () => {
  it('reads vitest pass, fail and skipped (pending + todo) counts', () => {
    expect(
      countVitest(file('{"numPassedTests":7,"numFailedTests":2,"numPendingTests":1,"numTodoTests":1}')),
    ).toEqual({ passed: 7, failed: 2, skipped: 2 });
  });

  it('counts a test file that failed without a failed test (it did not load) as one failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 1,
      testResults: [
        { status: 'failed', assertionResults: [] },
        { status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
        { status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }] },
      ],
    };
    expect(countVitest(file(JSON.stringify(report)))).toEqual({ passed: 3, failed: 2, skipped: 0 });
  });

  it('counts flaky Playwright tests as failed and names them; unexpected fail, skipped are shown', () => {
    const report = playwrightReport({ expected: 5, unexpected: 1, flaky: 2, skipped: 1 }, [
      ['ok', 'expected'],
      ['wobbly', 'flaky'],
      ['broken', 'unexpected'],
      ['shaky', 'flaky'],
    ]);
    expect(countPlaywright(file(report))).toEqual({
      passed: 5,
      failed: 3,
      flaky: ['a.spec.ts > group > wobbly', 'a.spec.ts > group > shaky'],
      skipped: 1,
    });
  });

  it('still counts flaky tests the report does not list', () => {
    expect(countPlaywright(file('{"stats":{"expected":1,"unexpected":0,"flaky":1}}'))?.flaky).toHaveLength(1);
  });

  it('counts conformance one test per case from its last summary line', () => {
    expect(
      countConformance('x.json c1 [psnr] (value): expected 1, got 2\nconformance: 171 passed, 1 failed\n'),
    ).toEqual({ passed: 171, failed: 1 });
    expect(countConformance('conformance: 1 passed, 0 failed\nconformance: 172 passed, 0 failed')).toEqual({
      passed: 172,
      failed: 0,
    });
    expect(countConformance('Error: cannot find module')).toBeNull();
  });

  it('returns null for a missing or broken report', () => {
    expect(countVitest('/nonexistent/r.json')).toBeNull();
    expect(countPlaywright(file('{'))).toBeNull();
  });
});

describe('gate total', () => {
  it('counts a gate without a report as one test, and a failing exit with no parsed failure as one failure', () => {
    expect(gateCount(true, null)).toEqual({ passed: 1, failed: 0 });
    expect(gateCount(false, null)).toEqual({ passed: 0, failed: 1 });
    expect(gateCount(false, { passed: 10, failed: 0 })).toEqual({ passed: 10, failed: 1 });
    expect(gateCount(true, { passed: 10, failed: 2 })).toEqual({ passed: 10, failed: 2 });
  });

  it('ends with exactly `tests: N passed, N failed`, flaky tests listed just above it', () => {
    const counts = [
      { passed: 3, failed: 0 },
      { passed: 5, failed: 1, flaky: ['a > b'] },
    ];
    expect(summaryLines(counts)).toEqual([
      'flaky (counted as failed): a > b',
      'flaky: 1 (failed first, passed on a retry; counted as failed)',
      'tests: 8 passed, 1 failed',
    ]);
    expect(summaryLines([{ passed: 2, failed: 0 }])).toEqual(['tests: 2 passed, 0 failed']);
  });

  it('exits 1 when anything failed or nothing passed', () => {
    expect(exitCode([{ passed: 3, failed: 0 }])).toBe(0);
    expect(
      exitCode([
        { passed: 3, failed: 0, flaky: [] },
        { passed: 0, failed: 1 },
      ]),
    ).toBe(1);
    expect(exitCode([{ passed: 0, failed: 0 }])).toBe(1);
    expect(exitCode([])).toBe(1);
  });
});
