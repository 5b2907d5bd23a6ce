/** Pure geometry of a box's corner handles: where each corner is, its cursor, and a square around it. */
import type { BoxXywh } from '../../lib/geometry';
import type { Corner } from './boxGeometry';

/** The image position of `corner` of an [x, y, w, h] box. */
export function cornerPoint(box: BoxXywh, corner: Corner): readonly [x: number, y: number] {
  const [x, y, w, h] = box;
  return [corner === 'nw' || corner === 'sw' ? x : x + w, corner === 'nw' || corner === 'ne' ? y : y + h];
}

/** The CSS resize cursor of a corner: diagonal nw-se or ne-sw. */
export function cornerCursor(corner: Corner): 'cursor-nwse-resize' | 'cursor-nesw-resize' {
  return corner === 'nw' || corner === 'se' ? 'cursor-nwse-resize' : 'cursor-nesw-resize';
}

/** SVG rect attributes of a square of `side` centred on (cx, cy). */
export function centredSquare(cx: number, cy: number, side: number) {
  return { x: cx - side / 2, y: cy - side / 2, width: side, height: side };
}
