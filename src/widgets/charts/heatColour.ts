/**
 * Colours of the confusion-matrix heatmap: d3's sequential blue scale, and a
 * text colour with enough contrast on each cell.
 */
import { scaleSequential, scaleSequentialSymlog } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { relativeLuminance } from '../../lib/colour';

/** What the heatmap's cells show: pixel counts or row shares. */
export type HeatView = 'counts' | 'shares';

/**
 * The text of a cell: the count with thousands separators, or the row share
 * as a percentage with one decimal ("–" for a row with no pixel, 0/0).
 */
export function cellText(view: HeatView, count: number, share: number | null): string {
  if (view === 'counts') return count.toLocaleString('en');
  return share === null ? '–' : `${(share * 100).toFixed(1)} %`;
}

/**
 * The cell colour scale: symmetric-log for pixel counts (the background row
 * holds thousands of pixels, a person cell a handful) over [0, max], linear
 * for row shares over [0, 1].
 */
export function heatScale(view: HeatView, max: number): (v: number) => string {
  if (view === 'shares') return scaleSequential(interpolateBlues).domain([0, 1]);
  return scaleSequentialSymlog(interpolateBlues).domain([0, Math.max(1, max)]);
}

/** Relative luminance (WCAG 2) of a CSS colour: `lib/colour` `relativeLuminance`. */
export const luminance = relativeLuminance;

/** Black or white, whichever contrasts more with the background colour (WCAG contrast ratio). */
export function textOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
