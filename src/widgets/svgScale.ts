/**
 * Pointer deltas arrive in screen (CSS) pixels; draggable SVG things move in
 * the SVG's user units, which are image pixels (the viewBox is the image).
 */
import { imagePerScreen } from '../lib/geometry';

/** The parts of an SVG element that {@link viewBoxScale} reads. */
export interface SvgExtent {
  getBoundingClientRect(): { width: number };
  viewBox?: { baseVal?: { width: number } | null };
}

/**
 * Image pixels per screen pixel of an SVG: its viewBox width (else
 * `imageWidth`, else the drawn width) over its drawn width; `fallback` when
 * there is no SVG or it is not drawn (width 0: jsdom, hidden), e.g. 0 to
 * ignore pointer moves or 1 to take them as image pixels.
 */
export function viewBoxScale(svg: SvgExtent | null, imageWidth?: number, fallback = 0): number {
  if (!svg) return fallback;
  const drawn = svg.getBoundingClientRect().width;
  const units = svg.viewBox?.baseVal?.width || imageWidth || drawn;
  return imagePerScreen(units, drawn, fallback);
}

/** {@link viewBoxScale} of the SVG that draws `el` (`el` itself or its owner SVG). */
export function svgImageScale(el: Element, imageWidth?: number, fallback = 0): number {
  const svg = el instanceof SVGSVGElement ? el : (el as SVGElement).ownerSVGElement;
  return viewBoxScale(svg, imageWidth, fallback);
}

/** Smallest and largest on-screen size of a label drawn in an SVG plot, in CSS px. */
export const LABEL_PX = { min: 12, max: 16 } as const;

/**
 * The on-screen size (CSS px) of a plot's labels when the plot is drawn
 * `drawnWidth` CSS px wide: 16 px on a wide screen or projector, down to
 * 12 px in a phone's narrow column (a 25th of the width in between).
 */
export function labelPx(drawnWidth: number): number {
  return Math.min(LABEL_PX.max, Math.max(LABEL_PX.min, drawnWidth / 25));
}

/**
 * A label's font size in the user units of an SVG `viewBoxWidth` units wide
 * drawn `drawnWidth` CSS px wide, so that it shows {@link labelPx} CSS px on
 * screen times `ratio` (e.g. 0.875 for tick numbers under a 1.0 axis title),
 * and at least `floorPx` (a slide's type size, usePresentLabelPx; 0 on the
 * page); `fallback` while the drawn width is unknown (0).
 */
export function labelUnits(
  drawnWidth: number,
  viewBoxWidth: number,
  fallback: number,
  ratio = 1,
  floorPx = 0,
): number {
  if (!(drawnWidth > 0) || !(viewBoxWidth > 0)) return fallback;
  const px = Math.max(LABEL_PX.min, labelPx(drawnWidth) * ratio, floorPx);
  return Math.round(((px * viewBoxWidth) / drawnWidth) * 100) / 100;
}
