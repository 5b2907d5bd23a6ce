import { describe, expect, it } from 'vitest';
import { interpolateViridis } from 'd3-scale-chromatic';
import { lut, parseColour, relativeLuminance } from './colour';

describe('parseColour', () => {
  it('reads hex, rgb() and named colours', () => {
    expect(parseColour('#ff8000')).toEqual([255, 128, 0]);
    expect(parseColour('#f80')).toEqual([255, 136, 0]);
    expect(parseColour('rgb(12, 34, 56)')).toEqual([12, 34, 56]);
    expect(parseColour('white')).toEqual([255, 255, 255]);
  });

  it('throws, naming the text, for something that is not a colour', () => {
    expect(() => parseColour('not a colour')).toThrow(/not a colour/);
  });
});

describe('lut', () => {
  it('samples the interpolator at k / (size - 1)', () => {
    const table = lut((t) => `rgb(${Math.round(255 * t)}, 0, 0)`, 3);
    expect(Array.from(table)).toEqual([0, 0, 0, 128, 0, 0, 255, 0, 0]);
  });

  it('has viridis ends #440154 and #fde725', () => {
    const table = lut(interpolateViridis);
    expect(table.length).toBe(256 * 3);
    expect(Array.from(table.subarray(0, 3))).toEqual([0x44, 0x01, 0x54]);
    expect(Array.from(table.subarray(255 * 3))).toEqual([0xfd, 0xe7, 0x25]);
  });

  it('uses t = 0 for a one-entry table', () => {
    expect(Array.from(lut((t) => (t === 0 ? '#010203' : '#ffffff'), 1))).toEqual([1, 2, 3]);
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white and 0.2126 for pure red (WCAG)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(relativeLuminance('rgb(255, 0, 0)')).toBeCloseTo(0.2126, 12);
  });
});
