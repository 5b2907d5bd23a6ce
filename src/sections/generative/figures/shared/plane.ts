/**
 * The feature plane's coordinates: SVG user units are grid units (0.1 of a
 * feature unit), y pointing down on screen, so a feature point (x, y) with y
 * up sits at (10 x, -10 y). The plane shows features from -9 to 9.
 */
import { CENTRE_LIMIT, GRID } from './constants';

/** Half the plane's side in SVG units. */
export const HALF = CENTRE_LIMIT;
/** The viewBox of the plane. */
export const VIEW_BOX = `${-HALF} ${-HALF} ${2 * HALF} ${2 * HALF}`;

/** SVG x of a feature x. */
export const sx = (x: number) => x / GRID;
/** SVG y of a feature y (y up). */
export const sy = (y: number) => -y / GRID;

/** One SVG path of small hollow circles (radius r) at the flat feature points. */
export function circlesPath(points: readonly number[], r: number): string {
  let d = '';
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = sx(points[i]!);
    const y = sy(points[i + 1]!);
    d += `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  return d;
}

/** One SVG path of small filled squares (side 2h) at the flat feature points. */
export function squaresPath(points: readonly number[], h: number): string {
  let d = '';
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = sx(points[i]!);
    const y = sy(points[i + 1]!);
    d += `M${(x - h).toFixed(1)} ${(y - h).toFixed(1)}h${2 * h}v${2 * h}h${-2 * h}z`;
  }
  return d;
}
