/**
 * Colours of the confusion-matrix heatmap: d3's sequential blue scale, and a
 * text colour with enough contrast on each cell.
 */
import { scaleSequential, scaleSequentialSymlog } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';

/**
 * The cell colour scale: symmetric-log for pixel counts (the background row
 * holds thousands of pixels, a person cell a handful) over [0, max], linear
 * for row shares over [0, 1].
 */
export function heatScale(view: 'counts' | 'shares', max: number): (v: number) => string {
  if (view === 'shares') return scaleSequential(interpolateBlues).domain([0, 1]);
  return scaleSequentialSymlog(interpolateBlues).domain([0, Math.max(1, max)]);
}

/** Relative luminance (WCAG 2) of a CSS colour in the form `rgb(r, g, b)` or `#rrggbb`. */
export function luminance(colour: string): number {
  let rgb: number[];
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (/^#[0-9a-f]{6}$/i.test(colour)) rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  else throw new Error(`unsupported colour ${colour}`);
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the background colour (WCAG contrast ratio). */
export function textOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
