/** Pure core of DraggablePoint: moving a point in whole image pixels inside a region. */
import { clamp } from '../../lib/clamp';

/** A point [x, y] in image pixels. */
export type Point = readonly [x: number, y: number];

/** An axis-aligned region [x0, y0, x1, y1] (x0 <= x1, y0 <= y1). */
export type Region = readonly [x0: number, y0: number, x1: number, y1: number];

/** The point moved by (dx, dy), rounded to whole pixels and kept inside `region` (edges included). */
export function movePointIn(p: Point, dx: number, dy: number, region: Region): Point {
  return [
    clamp(Math.round(p[0] + dx), region[0], region[2]),
    clamp(Math.round(p[1] + dy), region[1], region[3]),
  ];
}

/** True when the two points are the same pixel. */
export function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
