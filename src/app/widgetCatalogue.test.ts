import { describe, expect, it } from 'vitest';
import { lookupWidget } from '../state/widgetState';
import { SECTION_CATALOGUE } from './sections';
import {
  buildWidgetCatalogue,
  declaredWidgetIds,
  loadWidgetCatalogue,
  SECTION_STATE_MODULES,
} from './widgetCatalogue';

/** Every module under src/sections that declares widget states (tests aside). */
const declaring = import.meta.glob<object>(['../sections/**/*.ts', '!../sections/**/*.test.ts'], {
  eager: true,
});

describe('widget catalogue', () => {
  it('knows every widget a section module declares, under exactly one section', async () => {
    const catalogue = await loadWidgetCatalogue();
    const all = declaredWidgetIds(Object.values(declaring));
    expect(all.size).toBeGreaterThan(20);
    const owners = new Map<string, string[]>();
    for (const section of Object.keys(SECTION_STATE_MODULES))
      for (const id of catalogue.sectionWidgetIds(section))
        owners.set(id, [...(owners.get(id) ?? []), section]);
    for (const id of all) expect(owners.get(id), id).toHaveLength(1);
  });

  it('registers every catalogued widget once loaded, so links decode before the section loads', async () => {
    const catalogue = await loadWidgetCatalogue();
    for (const section of Object.keys(SECTION_STATE_MODULES))
      for (const id of catalogue.sectionWidgetIds(section)) expect(lookupWidget(id), id).toBeDefined();
  });

  it('is keyed by section ids of the section catalogue', async () => {
    const catalogue = await loadWidgetCatalogue();
    const known = new Set(SECTION_CATALOGUE.map((s) => s.id));
    for (const section of Object.keys(SECTION_STATE_MODULES)) expect(known.has(section), section).toBe(true);
    expect(catalogue.sectionWidgetIds('detection').has('detection.presets')).toBe(true);
    expect(catalogue.sectionWidgetIds('segmentation').has('detection.presets')).toBe(false);
    expect(catalogue.sectionWidgetIds('nowhere').size).toBe(0);
  });

  it('loads once and shares the promise', () => {
    expect(loadWidgetCatalogue()).toBe(loadWidgetCatalogue());
  });

  it('rejects when a state module fails to load', async () => {
    const widget = { id: 'a.one', title: 'One', schema: {}, defaults: {} };
    const ok = await buildWidgetCatalogue({ a: [async () => ({ widget })] });
    expect([...ok.sectionWidgetIds('a')]).toEqual(['a.one']);
    await expect(
      buildWidgetCatalogue({
        a: [async () => ({ widget })],
        b: [() => Promise.reject(new Error('offline'))],
      }),
    ).rejects.toThrow('offline');
  });
});
