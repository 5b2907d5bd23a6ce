import { describe, expect, it } from 'vitest';
import {
  forgetSection,
  lazySection,
  loadSection,
  reloadFailedStylesheets,
  type StylesheetLink,
} from './sectionLoader';
import type { SectionDef, SectionModule } from './sections';

/** A section whose loader fails `failures` times, then succeeds; counts its imports. */
function flakySection(failures: number) {
  let calls = 0;
  const module: SectionModule = { default: () => null };
  const section = {
    id: `flaky-${Math.random()}`,
    load: () => {
      calls++;
      return calls <= failures
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: x.js'))
        : Promise.resolve(module);
    },
  } as unknown as SectionDef;
  return { section, module, calls: () => calls };
}

describe('loadSection', () => {
  it('shares one import while it is pending or done', async () => {
    const f = flakySection(0);
    const a = loadSection(f.section);
    expect(loadSection(f.section)).toBe(a);
    await a;
    expect(loadSection(f.section)).toBe(a);
    expect(f.calls()).toBe(1);
  });

  it('imports the chunk again after a failure instead of reusing the failed promise', async () => {
    const f = flakySection(1);
    await expect(loadSection(f.section)).rejects.toThrow('dynamically imported module');
    await expect(loadSection(f.section)).resolves.toBe(f.module);
    expect(f.calls()).toBe(2);
  });

  it('makes a new lazy component after forgetSection', () => {
    const f = flakySection(0);
    const first = lazySection(f.section);
    expect(lazySection(f.section)).toBe(first);
    forgetSection(f.section);
    expect(lazySection(f.section)).not.toBe(first);
  });
});

describe('reloadFailedStylesheets', () => {
  const opaque = {
    get cssRules(): ArrayLike<unknown> {
      throw new Error('SecurityError');
    },
  };
  const link = (name: string, sheet: StylesheetLink['sheet'], origin = 'http://a.test'): StylesheetLink => ({
    href: `${origin}/assets/${name}`,
    sheet,
  });
  const links = [
    link('index.css', { cssRules: [1, 2] }),
    link('Pose.css', { cssRules: [] }),
    link('Depth.css', null),
    link('Loss.css', opaque),
    link('katex.css', { cssRules: [1] }),
    link('foreign.css', opaque, 'http://b.test'),
  ];
  const root = { querySelectorAll: () => links, location: { origin: 'http://a.test' } };
  const name = (l: StylesheetLink) => l.href.split('/').pop();

  it("requests again this origin's stylesheets that failed (no rules, unreadable rules) or are not there", async () => {
    const renewed: (string | undefined)[] = [];
    await reloadFailedStylesheets(root, async (l) => {
      renewed.push(name(l));
    });
    expect(renewed).toEqual(['Pose.css', 'Depth.css', 'Loss.css']);
    await expect(reloadFailedStylesheets(null, async () => undefined)).resolves.toBeUndefined();
  });

  it('fails when a stylesheet fails again', async () => {
    await expect(
      reloadFailedStylesheets(root, (l) =>
        name(l) === 'Loss.css'
          ? Promise.reject(new Error('Unable to preload CSS for Loss.css'))
          : Promise.resolve(),
      ),
    ).rejects.toThrow('Unable to preload CSS');
  });
});
