import { describe, expect, it } from 'vitest';
import { LABEL_PX, labelPx, labelUnits, viewBoxScale, type SvgExtent } from './svgScale';

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

describe('labelPx and labelUnits', () => {
  it('is 16 px on a wide plot and 12 px in a phone column', () => {
    expect(labelPx(600)).toBe(16);
    expect(labelPx(280)).toBe(12);
    expect(labelPx(350)).toBe(14);
  });

  it('turns the on-screen size into viewBox units: a 360-unit plot drawn 576 px wide needs 10 units for 16 px', () => {
    expect(labelUnits(576, 360, 11)).toBe(10);
    // drawn 300 px wide: 12 px on screen is 14.4 units
    expect(labelUnits(300, 360, 11)).toBe(14.4);
  });

  it('draws at least the floor on a slide: 27 px type on a 360-unit plot drawn 900 px wide is 10.8 units', () => {
    expect(labelUnits(900, 360, 11, 1, 27)).toBe(10.8);
    // the floor only ever raises the size
    expect(labelUnits(576, 360, 11, 1, 8)).toBe(10);
    expect(labelUnits(0, 360, 11, 1, 27)).toBe(11);
  });

  it('never goes under 12 px on screen, whatever the ratio', () => {
    for (const w of [100, 250, 300, 500, 1000])
      expect((labelUnits(w, 240, 10, 0.5) * w) / 240).toBeGreaterThanOrEqual(LABEL_PX.min - 0.02);
  });

  it('keeps the fallback while the plot is not drawn', () => {
    expect(labelUnits(0, 360, 11)).toBe(11);
  });
});
