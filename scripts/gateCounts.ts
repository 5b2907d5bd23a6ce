/** Readers of the JSON reports of vitest and Playwright, for the gates script's total. */
import { existsSync, readFileSync } from 'node:fs';

export interface Count {
  passed: number;
  failed: number;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from vitest's JSON reporter (jest-style numPassedTests / numFailedTests). */
export function countVitest(path: string): Count | null {
  const r = readJson(path) as { numPassedTests?: number; numFailedTests?: number } | null;
  if (!r || typeof r.numPassedTests !== 'number') return null;
  return { passed: r.numPassedTests, failed: r.numFailedTests ?? 0 };
}

/** Counts from Playwright's JSON reporter: expected and flaky pass, unexpected fails. */
export function countPlaywright(path: string): Count | null {
  const r = readJson(path) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  if (!r?.stats || typeof r.stats.expected !== 'number') return null;
  return { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected ?? 0 };
}
