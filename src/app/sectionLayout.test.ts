import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One layout for every section (DESIGN.md, "sections"): the page, its widget
 * states, its closing, names for its results, its presentation slides, its
 * built-in challenges, a stylesheet at most, and one
 * folder per figure under figures/. Anything else at a section's top level,
 * or a loose file directly in figures/, fails here.
 */
const SECTIONS = join(__dirname, '..', 'sections');

/** `image-quality` → `ImageQuality`. */
function pascal(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The entries of a section folder that break the layout. */
function strayEntries(id: string, entries: readonly string[]): string[] {
  const allowed = new Set([
    `${pascal(id)}Section.tsx`,
    'state.ts',
    'state.test.ts',
    'closing.ts',
    'closing.test.ts',
    'results.ts',
    'slides.ts',
    'slides.test.ts',
    'challenges.ts',
    'challenges.test.ts',
    'figures',
  ]);
  return entries.filter((e) => !allowed.has(e) && !e.endsWith('.css'));
}

describe('section layout', () => {
  const sections = readdirSync(SECTIONS).filter((e) => statSync(join(SECTIONS, e)).isDirectory());

  it('finds the sections', () => {
    expect(sections).toEqual(expect.arrayContaining(['segmentation', 'detection', 'depth']));
  });

  it.each(sections)('%s has its page, state and closing, and nothing else at its top level', (id) => {
    const entries = readdirSync(join(SECTIONS, id));
    expect(entries).toEqual(expect.arrayContaining([`${pascal(id)}Section.tsx`, 'state.ts', 'closing.ts']));
    expect(strayEntries(id, entries)).toEqual([]);
  });

  it.each(sections)('%s keeps every figure in its own folder under figures/', (id) => {
    const figures = join(SECTIONS, id, 'figures');
    const loose = readdirSync(figures).filter((e) => !statSync(join(figures, e)).isDirectory());
    expect(loose).toEqual([]);
  });

  it('names a stray file', () => {
    expect(strayEntries('pose', ['PoseSection.tsx', 'state.ts', 'helpers.ts', 'pose.css'])).toEqual([
      'helpers.ts',
    ]);
  });
});
