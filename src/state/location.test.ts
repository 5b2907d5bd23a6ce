import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHash, splitHash } from './location';

describe('splitHash', () => {
  it('reads the landing page from an empty hash', () => {
    expect(splitHash('')).toEqual({ path: '/', query: {} });
    expect(splitHash('#')).toEqual({ path: '/', query: {} });
    expect(splitHash('#/')).toEqual({ path: '/', query: {} });
  });

  it('splits the path from the share and widget parameters', () => {
    expect(splitHash('#/detection?s=1.abc-_&w=detection.boxes')).toEqual({
      path: '/detection',
      query: { s: '1.abc-_', w: 'detection.boxes' },
    });
  });

  it('drops a trailing slash and adds a missing leading one', () => {
    expect(splitHash('#/about/').path).toBe('/about');
    expect(splitHash('#about').path).toBe('/about');
  });

  it('keeps the first of repeated parameters', () => {
    expect(splitHash('#/x?w=a&w=b').query).toEqual({ w: 'a' });
  });
});

describe('buildHash', () => {
  it('leaves out empty parameters', () => {
    expect(buildHash('/detection', { s: null, w: undefined })).toBe('#/detection');
    expect(buildHash('/detection', { s: '1.xyz', w: 'detection.boxes' })).toBe(
      '#/detection?s=1.xyz&w=detection.boxes',
    );
  });

  it('round-trips through splitHash for any parameter values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('/', '/about', '/image-quality'),
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        (path, s, w) => {
          expect(splitHash(buildHash(path, { s, w }))).toEqual({ path, query: { s, w } });
        },
      ),
    );
  });
});
