import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest } from './gateCounts';

const file = (text: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'gate-')), 'r.json');
  writeFileSync(p, text);
  return p;
};

describe('gate counts', () => {
  it('reads vitest pass and fail counts', () => {
    expect(countVitest(file('{"numPassedTests":7,"numFailedTests":2}'))).toEqual({ passed: 7, failed: 2 });
  });
  it('counts flaky Playwright tests as passed and unexpected as failed', () => {
    expect(countPlaywright(file('{"stats":{"expected":5,"unexpected":1,"flaky":2,"skipped":1}}'))).toEqual({
      passed: 7,
      failed: 1,
    });
  });
  it('returns null for a missing or broken report', () => {
    expect(countVitest('/nonexistent/r.json')).toBeNull();
    expect(countPlaywright(file('{'))).toBeNull();
  });
});
