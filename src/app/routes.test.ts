import { describe, expect, it } from 'vitest';
import { isSectionPath, matchRoute, sectionHref } from './routes';
import { buildSections, SECTION_CATALOGUE } from './sections';

const sections = buildSections(SECTION_CATALOGUE, {
  '../sections/detection/DetectionSection.tsx': async () => ({ default: () => null }),
});

describe('matchRoute', () => {
  it('routes the landing page, the about page and sections with a page', () => {
    expect(matchRoute('/', sections)).toEqual({ kind: 'landing' });
    expect(matchRoute('/about', sections)).toEqual({ kind: 'about' });
    const route = matchRoute('/detection', sections);
    expect(route.kind === 'section' && route.section.id).toBe('detection');
  });

  it('does not route a planned section that has no page yet', () => {
    expect(matchRoute('/pose', sections)).toEqual({ kind: 'not-found', path: '/pose' });
    expect(matchRoute('/nowhere', sections)).toEqual({ kind: 'not-found', path: '/nowhere' });
  });

  it('tells section paths apart', () => {
    expect(isSectionPath('/detection', sections)).toBe(true);
    expect(isSectionPath('/about', sections)).toBe(false);
    expect(isSectionPath('/', sections)).toBe(false);
  });

  it('links a section by its slug', () => {
    expect(sectionHref({ slug: 'image-quality' })).toBe('#/image-quality');
  });
});
