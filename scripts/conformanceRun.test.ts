import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricEntry } from '../src/metrics/entry';
import { MetricInputError } from '../src/metrics/validate';
import { resolveDir, runConformance } from './conformanceRun';

const half: MetricEntry = {
  id: 'half',
  args: {},
  compute: (a) => {
    if (typeof a.x !== 'number' || Number.isNaN(a.x)) throw new MetricInputError('x', 'expected a number');
    return a.x / 2;
  },
};
const lookup = (id: string) => (id === 'half' ? half : undefined);

function dirWith(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'conf-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe('runConformance', () => {
  it('passes matching cases within tolerance and decodes "inf" in args and expected', () => {
    const d = dirWith({
      'a.json': JSON.stringify([
        { id: 'one', metric: 'half', args: { x: 3 }, expected: 1.5000001 },
        { id: 'inf', metric: 'half', args: { x: 'inf' }, expected: 'inf' },
        { id: 'err', metric: 'half', args: { x: 'nan' }, expected: { error: true } },
      ]),
    });
    expect(runConformance([d], lookup)).toEqual({ passed: 3, failed: 0, lines: [] });
  });

  it('reports a wrong value with the file, id, metric and both numbers', () => {
    const d = dirWith({
      'a.json': JSON.stringify([{ id: 'w', metric: 'half', args: { x: 2 }, expected: 2 }]),
    });
    const r = runConformance([d], lookup);
    expect(r.failed).toBe(1);
    expect(r.lines[0]).toBe('a.json w [half] (value): expected 2, got 1');
  });

  it('counts an unknown metric as a failure, never a skip', () => {
    const d = dirWith({ 'a.json': JSON.stringify([{ id: 'u', metric: 'nope', args: {}, expected: 1 }]) });
    expect(runConformance([d], lookup)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('fails an expected error that does not throw', () => {
    const d = dirWith({
      'a.json': JSON.stringify([{ id: 'e', metric: 'half', args: { x: 1 }, expected: { error: true } }]),
    });
    expect(runConformance([d], lookup).failed).toBe(1);
  });

  it('counts one failure per unparsable file and per missing or empty directory', () => {
    const d = dirWith({
      'bad.json': '[{',
      'ok.json': JSON.stringify([{ id: 'o', metric: 'half', args: { x: 0 }, expected: 0 }]),
    });
    const empty = mkdtempSync(join(tmpdir(), 'conf-empty-'));
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'sub', 'deep.json'), '[]');
    const r = runConformance([d, join(d, 'missing'), empty], lookup);
    expect(r).toMatchObject({ passed: 1, failed: 3 });
    expect(r.lines.some((l) => l.startsWith('bad.json: cannot be parsed'))).toBe(true);
    expect(r.lines.some((l) => l.endsWith('directory not found'))).toBe(true);
    expect(r.lines.some((l) => l.endsWith('holds no case'))).toBe(true);
  });

  it('resolves relative directories against the base and keeps absolute ones', () => {
    expect(resolveDir('cases', '/x/y')).toBe('/x/y/cases');
    expect(resolveDir('/abs', '/x/y')).toBe('/abs');
  });
});
