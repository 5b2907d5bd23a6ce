/**
 * Pure geometry of draggable boxes: moving, resizing by a corner and keyboard
 * steps (pointer-to-image scale: `widgets/svgScale`). Boxes are COCO [x, y, w, h] in
 * integer image pixels and always stay inside the image.
 */
import type { BoxXywh } from '../../lib/geometry';
import { clamp } from '../../lib/clamp';

/** The image a box lives in, in pixels. */
export interface Bounds {
  width: number;
  height: number;
}

/** A corner handle of a box. */
export type Corner = 'nw' | 'ne' | 'sw' | 'se';

/** The four corners, in the order their handles are drawn and focused. */
export const CORNERS: readonly Corner[] = ['nw', 'ne', 'sw', 'se'];

/**
 * Moves one corner of a box by (dx, dy); the opposite corner stays put. The
 * box keeps at least `minSize` pixels a side and stays inside the image.
 */
export function resizeBox(
  box: BoxXywh,
  corner: Corner,
  dx: number,
  dy: number,
  bounds: Bounds,
  minSize = 2,
): BoxXywh {
  let [x0, y0] = box;
  let x1 = box[0] + box[2];
  let y1 = box[1] + box[3];
  if (corner === 'nw' || corner === 'sw') x0 = clamp(Math.round(x0 + dx), 0, x1 - minSize);
  else x1 = clamp(Math.round(x1 + dx), x0 + minSize, bounds.width);
  if (corner === 'nw' || corner === 'ne') y0 = clamp(Math.round(y0 + dy), 0, y1 - minSize);
  else y1 = clamp(Math.round(y1 + dy), y0 + minSize, bounds.height);
  return [x0, y0, x1 - x0, y1 - y0];
}

/** The image-pixel step of an arrow key: 1 pixel, 10 with Shift; null for other keys. */
export function arrowStep(key: string, shift: boolean): readonly [number, number] | null {
  const s = shift ? 10 : 1;
  switch (key) {
    case 'ArrowLeft':
      return [-s, 0];
    case 'ArrowRight':
      return [s, 0];
    case 'ArrowUp':
      return [0, -s];
    case 'ArrowDown':
      return [0, s];
    default:
      return null;
  }
}
