/**
 * Layout boxes of an exported figure: the drawing box is the smallest
 * whole-pixel box around every drawn element (SVG charts, canvases, images),
 * and each element is placed relative to its top-left corner.
 */

/** A box in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The whole-pixel box that contains every box (x, y rounded down, right and bottom up); null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  const real = boxes.filter((b) => b.width > 0 && b.height > 0);
  if (real.length === 0) return null;
  const left = Math.floor(Math.min(...real.map((b) => b.x)));
  const top = Math.floor(Math.min(...real.map((b) => b.y)));
  const right = Math.ceil(Math.max(...real.map((b) => b.x + b.width)));
  const bottom = Math.ceil(Math.max(...real.map((b) => b.y + b.height)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** `box` moved so that `origin`'s top-left corner is (0, 0). */
export function relativeTo(box: Box, origin: Pick<Box, 'x' | 'y'>): Box {
  return { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height };
}

/** True for a box big enough to be drawn (at least one pixel each way). */
export function isDrawn(box: Box): boolean {
  return box.width >= 1 && box.height >= 1;
}
