import { describe, expect, it } from 'vitest';
import { buildSlides, figureAtOrBefore, slideOfFigure } from './slides';
import { chooseFit, fitScore, MAX_BOOST, nextBoost } from '../../widgets/present/fitFigure';
import { clockText } from './NotesPage';
import { matchRoute } from '../routes';
import { sections } from '../sections';
import { presentAction } from './keys';
import { slideFromQuery } from './presentLinks';

const figures = [
  { id: 'a.one', title: 'One' },
  { id: 'a.two', title: 'Two' },
  { id: 'a.three', title: 'Three' },
];

describe('buildSlides', () => {
  it('gives every figure a slide with its title when the section has no definitions', () => {
    const slides = buildSlides(figures, null);
    expect(slides.map((s) => s.headline)).toEqual(['One', 'Two', 'Three']);
  });

  it('spreads a figure over several slides, places statements and skips figures', () => {
    const slides = buildSlides(figures, {
      figures: { 'a.two': [{ headline: 'Two: picture', hide: ['.x'] }, { headline: 'Two: table' }] },
      statements: [
        { headline: 'Start', text: 'first' },
        { headline: 'After one', text: 'x', after: 'a.one' },
        { headline: 'End', text: 'last', after: 'end' },
      ],
      skip: ['a.three'],
    });
    expect(slides.map((s) => s.headline)).toEqual([
      'Start',
      'One',
      'After one',
      'Two: picture',
      'Two: table',
      'End',
    ]);
    expect(slideOfFigure(slides, 'a.two')).toBe(3);
    expect(figureAtOrBefore(slides, 2)).toBe('a.one');
    expect(figureAtOrBefore(slides, 0)).toBeNull();
  });
});

describe('chooseFit', () => {
  it('narrows the layout until a picture-heavy figure fits, then zooms up to fill the box', () => {
    // height proportional to width (a picture) plus 200 px of text
    const fit = chooseFit({ width: 1000, height: 500 }, (w) => 200 + w * 0.6);
    expect(fit.width).toBeLessThan(1000);
    expect((200 + fit.width * 0.6) * fit.zoom).toBeLessThanOrEqual(500 + 1e-9);
    expect(fit.width * fit.zoom).toBeLessThanOrEqual(1000 + 1e-9);
  });

  it('zooms out when even the narrowest layout is too tall', () => {
    const fit = chooseFit({ width: 1000, height: 500 }, () => 1000);
    expect(fit.zoom).toBeCloseTo(0.5);
  });
});

describe('nextBoost', () => {
  it('boosts type by one over the zoom it got, within 1 and MAX_BOOST', () => {
    expect(nextBoost(1, 0.8)).toBeCloseTo(1.25);
    expect(nextBoost(1.25, 0.7)).toBeCloseTo(1.25 / 0.875);
    expect(nextBoost(1, 1.2)).toBe(1);
    expect(nextBoost(1, 0.1)).toBe(MAX_BOOST);
  });

  it('prefers a boost only when the type gains more than the pictures lose', () => {
    // type 0.62 -> 0.67 while the pictures shrink from 0.62 to 0.42: keep the unboosted fit
    expect(fitScore(1, 0.62)).toBeGreaterThan(fitScore(1.6, 0.418));
    // type 0.69 -> 1.27 with the pictures growing: boost
    expect(fitScore(1.444, 0.882)).toBeGreaterThan(fitScore(1, 0.691));
  });
});

describe('notes window', () => {
  it('has its own route and a minutes:seconds timer', () => {
    const route = matchRoute('/present/detection/notes', sections);
    expect(route.kind === 'present-notes' && route.section.slug).toBe('detection');
    expect(matchRoute('/present/nope/notes', sections).kind).toBe('not-found');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_400)).toBe('1:05');
  });
});

describe('keys', () => {
  const key = (k: string, target: EventTarget | null = null) => ({
    key: k,
    target,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
  });
  it('maps the presentation keys', () => {
    expect(presentAction(key('PageDown'))).toBe('next');
    expect(presentAction(key('ArrowLeft'))).toBe('previous');
    expect(presentAction(key('End'))).toBe('last');
    expect(presentAction(key('q'))).toBe('qr');
    expect(presentAction(key('x'))).toBeNull();
  });
});

describe('slideFromQuery', () => {
  it('reads a 1-based slide and clamps it', () => {
    expect(slideFromQuery('3', 10)).toBe(3);
    expect(slideFromQuery('30', 10)).toBe(10);
    expect(slideFromQuery('x', 10)).toBe(1);
    expect(slideFromQuery(undefined, 0)).toBe(1);
  });
});

describe('present route', () => {
  it('matches #/present/<slug> and is not a share-synced section path', async () => {
    const { matchRoute, isSectionPath } = await import('../routes');
    const sections = [{ slug: 'depth' }] as unknown as Parameters<typeof matchRoute>[1];
    expect(matchRoute('/present/depth', sections).kind).toBe('present');
    expect(matchRoute('/present/nope', sections).kind).toBe('not-found');
    expect(isSectionPath('/present/depth', sections)).toBe(false);
    expect(isSectionPath('/depth', sections)).toBe(true);
  });
});
