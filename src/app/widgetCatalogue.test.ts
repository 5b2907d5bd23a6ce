import { describe, expect, it } from 'vitest';
import { lookupWidget } from '../state/widgetState';
import { SECTION_CATALOGUE } from './sections';
import { declaredWidgetIds, SECTION_STATE_MODULES, sectionWidgetIds } from './widgetCatalogue';

/** Every module under src/sections that declares widget states (tests aside). */
const declaring = import.meta.glob<object>(['../sections/**/*.ts', '!../sections/**/*.test.ts'], {
  eager: true,
});

describe('widget catalogue', () => {
  it('knows every widget a section module declares, under exactly one section', () => {
    const all = declaredWidgetIds(Object.values(declaring));
    expect(all.size).toBeGreaterThan(20);
    const owners = new Map<string, string[]>();
    for (const section of Object.keys(SECTION_STATE_MODULES))
      for (const id of sectionWidgetIds(section)) owners.set(id, [...(owners.get(id) ?? []), section]);
    for (const id of all) expect(owners.get(id), id).toHaveLength(1);
  });

  it('registers every catalogued widget, so links decode before the section loads', () => {
    for (const section of Object.keys(SECTION_STATE_MODULES))
      for (const id of sectionWidgetIds(section)) expect(lookupWidget(id), id).toBeDefined();
  });

  it('is keyed by section ids of the section catalogue', () => {
    const known = new Set(SECTION_CATALOGUE.map((s) => s.id));
    for (const section of Object.keys(SECTION_STATE_MODULES)) expect(known.has(section), section).toBe(true);
    expect(sectionWidgetIds('detection').has('detection.presets')).toBe(true);
    expect(sectionWidgetIds('segmentation').has('detection.presets')).toBe(false);
    expect(sectionWidgetIds('nowhere').size).toBe(0);
  });
});
