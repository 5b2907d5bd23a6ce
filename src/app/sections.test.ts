import { describe, expect, it } from 'vitest';
import { buildSections, SECTION_CATALOGUE, SECTION_PAGES, sections, unlistedPages } from './sections';

const page = async () => ({ default: () => null });

describe('section registry', () => {
  it('lists only sections whose page exists, in order', () => {
    const built = buildSections(SECTION_CATALOGUE, {
      '../sections/depth/DepthSection.tsx': page,
      '../sections/detection/DetectionSection.tsx': page,
    });
    expect(built.map((s) => s.id)).toEqual(['detection', 'depth']);
  });

  it('lists nothing when no page exists', () => {
    expect(buildSections(SECTION_CATALOGUE, {})).toEqual([]);
  });

  it('finds every page module of the repository in the catalogue', () => {
    expect(unlistedPages(SECTION_CATALOGUE, SECTION_PAGES)).toEqual([]);
  });

  it('exposes exactly the catalogued sections that have a page', () => {
    const withPage = SECTION_CATALOGUE.filter((info) => `../sections/${info.page}` in SECTION_PAGES);
    expect(sections.map((s) => s.id).sort()).toEqual(withPage.map((s) => s.id).sort());
  });

  it('has unique ids, slugs and orders, and slugs that are safe in a hash route', () => {
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length;
    expect(unique(SECTION_CATALOGUE.map((s) => s.id))).toBe(true);
    expect(unique(SECTION_CATALOGUE.map((s) => s.slug))).toBe(true);
    expect(unique(SECTION_CATALOGUE.map((s) => s.order))).toBe(true);
    for (const s of SECTION_CATALOGUE) {
      expect(s.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['about', '']).not.toContain(s.slug);
    }
  });

  it('names for every section a hero figure of that section and a reading time', () => {
    for (const s of SECTION_CATALOGUE) {
      expect(s.hero.startsWith(`${s.id}.`), s.id).toBe(true);
      expect(Number.isInteger(s.minutes) && s.minutes >= 1 && s.minutes <= 60, s.id).toBe(true);
    }
  });

  it('names as hero a widget that the section really has', async () => {
    const { loadWidgetCatalogue } = await import('./widgetCatalogue');
    const catalogue = await loadWidgetCatalogue();
    for (const s of sections) expect(catalogue.sectionWidgetIds(s.id).has(s.hero), s.id).toBe(true);
  });

  it('flags a page module that no row names', () => {
    expect(unlistedPages(SECTION_CATALOGUE, { '../sections/extra/ExtraSection.tsx': page })).toEqual([
      '../sections/extra/ExtraSection.tsx',
    ]);
  });
});
