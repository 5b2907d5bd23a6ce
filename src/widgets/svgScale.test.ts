import { describe, expect, it } from 'vitest';
import { viewBoxScale, type SvgExtent } from './svgScale';

const svg = (drawn: number, viewBoxWidth?: number): SvgExtent => ({
  getBoundingClientRect: () => ({ width: drawn }),
  viewBox: viewBoxWidth === undefined ? undefined : { baseVal: { width: viewBoxWidth } },
});

describe('viewBoxScale', () => {
  it('is viewBox width over drawn width: a 640-unit image drawn 320 px wide moves 2 units per pixel', () => {
    expect(viewBoxScale(svg(320, 640))).toBe(2);
    // a 60-unit inset drawn 240 px wide: a quarter unit per pixel
    expect(viewBoxScale(svg(240, 60))).toBe(0.25);
  });

  it('falls back to the image width, then to the drawn width, when there is no viewBox', () => {
    expect(viewBoxScale(svg(320), 640)).toBe(2);
    expect(viewBoxScale(svg(320))).toBe(1);
  });

  it('gives the fallback when there is no SVG or it is not drawn', () => {
    expect(viewBoxScale(null)).toBe(0);
    expect(viewBoxScale(null, 640, 1)).toBe(1);
    expect(viewBoxScale(svg(0, 640), undefined, 1)).toBe(1);
  });
});
