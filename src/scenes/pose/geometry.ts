/**
 * Pure 2-D geometry of the pose figures: points, polygon extent (the area is
 * `lib/polygonArea`), placing a template figure in an image, and moving a dragged
 * point in whole image pixels inside a region.
 */
import { clamp } from '../../lib/clamp';
import type { BoxXyxy } from '../../lib/geometry';

/** A point [x, y] in image pixels. */
export type Point = readonly [x: number, y: number];

/** An axis-aligned region [x0, y0, x1, y1] (x0 <= x1, y0 <= y1), branded so it cannot pass as an [x, y, w, h] box. */
export type Region = BoxXyxy;

/** The COCO box [x, y, w, h] that just contains the points; [0, 0, 0, 0] for none. */
export function extentBox(points: readonly Point[]): [number, number, number, number] {
  if (points.length === 0) return [0, 0, 0, 0];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}

/** A placement: scale about the template origin, then translate by (x, y). */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

/** A template point placed in the image: (x + scale * px, y + scale * py). */
export function place(p: Point, at: Placement): Point {
  return [at.x + at.scale * p[0], at.y + at.scale * p[1]];
}

/** Template points placed and rounded to whole image pixels. */
export function placeRounded(points: readonly Point[], at: Placement): Point[] {
  return points.map((p) => {
    const [x, y] = place(p, at);
    return [Math.round(x), Math.round(y)] as const;
  });
}

/**
 * Points scaled by `factor` about an anchor (a person shrinking about their
 * feet): anchor + factor * (p - anchor). Not rounded.
 */
export function scaleAbout(points: readonly Point[], anchor: Point, factor: number): Point[] {
  return points.map((p) => [
    anchor[0] + factor * (p[0] - anchor[0]),
    anchor[1] + factor * (p[1] - anchor[1]),
  ]);
}

/** Moves a point by (dx, dy), rounded to whole pixels and kept inside `region` (edges included). */
export function movePoint(p: Point, dx: number, dy: number, region: Region): Point {
  return [
    clamp(Math.round(p[0] + dx), region[0], region[2]),
    clamp(Math.round(p[1] + dy), region[1], region[3]),
  ];
}

/** Every point plus (dx, dy), kept inside `region`: the "shift every prediction" preset. */
export function shiftAll(points: readonly Point[], dx: number, dy: number, region: Region): Point[] {
  return points.map((p) => movePoint(p, dx, dy, region));
}

/** A copy of `points` with point i replaced by p. */
export function replacePoint(points: readonly Point[], i: number, p: Point): Point[] {
  return points.map((q, j) => (j === i ? p : q));
}
