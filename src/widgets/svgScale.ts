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
