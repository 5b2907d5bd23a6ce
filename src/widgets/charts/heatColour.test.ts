import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellText, heatScale, luminance, textOn } from './heatColour';

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 12);
  });

  it('refuses colours it cannot read', () => {
    expect(() => luminance('not a colour')).toThrow();
  });
});

describe('textOn', () => {
  it('picks white on dark blue and black on pale blue', () => {
    expect(textOn('rgb(8, 48, 107)')).toBe('#ffffff');
    expect(textOn('rgb(247, 251, 255)')).toBe('#000000');
  });

  it('always reaches a contrast of at least 4.5 on the heatmap colours', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('counts', 'shares' as const),
        (x, view) => {
          const bg = heatScale(view, 1000)(view === 'counts' ? x * 1000 : x);
          const text = luminance(textOn(bg));
          expect(contrast(luminance(bg), text)).toBeGreaterThanOrEqual(4.5);
        },
      ),
    );
  });
});

describe('heatScale', () => {
  it('darkens as the value grows', () => {
    const s = heatScale('counts', 17000);
    expect(luminance(s(10))).toBeGreaterThan(luminance(s(17000)));
    expect(luminance(s(0))).toBeGreaterThan(luminance(s(10)));
  });
});

describe('cellText', () => {
  it('writes counts with thousands separators', () => {
    expect(cellText('counts', 12345, 0.5)).toBe('12,345');
  });

  it('writes a share as a percentage with one decimal', () => {
    expect(cellText('shares', 31, 0.248)).toBe('24.8 %');
  });

  it('writes a dash for a row with no pixel (0/0), never 0 %', () => {
    expect(cellText('shares', 0, null)).toBe('–');
  });
});
