/**
 * The readout-id contract (DESIGN.md "Contracts/Readouts"): every id passed to
 * the door hooks and every static `metric="..."` / `data-metric="..."` in src
 * (and `metric: '...'` in readout tables) is an entry id, `<id>.<field>` of a field the entry declares, or listed in
 * EXTRA_READOUT_IDS; a template `metric={`<id>.${...}`}` names an entry that
 * declares fields.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryIds } from './registry';
import { resolves } from './readoutIds';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Where each kind of id appears in a file's text. */
const PATTERNS = {
  call: /\buseMetric(?:Batch|Command)?\(\s*'([^']+)'/g,
  readout: /\b(?:data-)?metric="([^"]+)"|\{\s*metric: '([^']+)',/g,
  template: /\b(?:data-)?metric=\{`([^`.$]+)\.\$\{/g,
} as const;

/** Every id found in `text`, by kind. */
export function findIds(text: string): { kind: keyof typeof PATTERNS; id: string }[] {
  return (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).flatMap((kind) =>
    [...text.matchAll(PATTERNS[kind])].map((m) => ({ kind, id: (m[1] ?? m[2])! })),
  );
}

describe('readout ids', () => {
  const found = sourceFiles(SRC).flatMap((path) =>
    findIds(readFileSync(path, 'utf8')).map((f) => ({ ...f, file: relative(SRC, path) })),
  );

  it('finds the door calls and readouts of the sections', () => {
    expect(found.filter((f) => f.kind === 'call').length).toBeGreaterThanOrEqual(25);
    expect(found.filter((f) => f.kind === 'readout').length).toBeGreaterThanOrEqual(25);
  });

  it('every id resolves to an entry, a declared result field or a listed extra', () => {
    const unresolved = found.filter((f) => !resolves(f.kind, f.id)).map((f) => `${f.file}: ${f.id}`);
    expect(unresolved).toEqual([]);
  });

  it('rejects misspelt ids, unknown fields and prefixes without fields', () => {
    expect(resolves('call', 'segmentaton')).toBe(false);
    expect(resolves('readout', 'segmentation.iuo')).toBe(false);
    expect(resolves('readout', 'depth_naive.rmse')).toBe(false);
    expect(resolves('readout', 'precision')).toBe(false);
    expect(resolves('template', 'box_iou')).toBe(false);
    expect(resolves('readout', 'segmentation.iou')).toBe(true);
    expect(resolves('readout', 'depth_scene.naive.rmse')).toBe(true);
    expect(resolves('readout', 'ap_voc')).toBe(true);
  });

  it('finds ids in calls, static readouts and templates', () => {
    const text = `useMetric('a', x); useMetricBatch('b', y); <R metric="c.d" /> <R data-metric="e" /> <R metric={\`f.\${g}\`} /> { metric: 'h.i', label }`;
    expect(findIds(text)).toEqual([
      { kind: 'call', id: 'a' },
      { kind: 'call', id: 'b' },
      { kind: 'readout', id: 'c.d' },
      { kind: 'readout', id: 'e' },
      { kind: 'readout', id: 'h.i' },
      { kind: 'template', id: 'f' },
    ]);
  });

  it('lists every id the worker answers once', () => {
    const ids = entryIds();
    expect(new Set(ids).size).toBe(ids.length);
  });
});
