/**
 * Where the AP drawing writes each prediction's tag ("C1", "P2"): above the
 * box's top-left corner, or under its bottom-left corner when the top one is
 * too close to the image edge or to an earlier tag (duplicates such as
 * predictions 1 and 5 sit almost on top of each other).
 */
import type { BoxXywh } from '../../../../lib/geometry';

/** A tag's text anchor (left end of its baseline) in image pixels. */
export interface TagPlace {
  x: number;
  y: number;
}

/** The tags' font size on the page, in image pixels. */
export const TAG_FONT = 14;
/** Space a tag needs at {@link TAG_FONT}: width and height in image pixels (two or three 14 px glyphs). */
const TAG_W = 30;
const TAG_H = 18;

/**
 * One place per box, in order; `height` is the image height; `font` the tags' font size in image
 * pixels (larger on a presentation slide: the space a tag needs grows with it).
 */
export function tagPlaces(boxes: readonly BoxXywh[], height: number, font = TAG_FONT): TagPlace[] {
  const grow = Math.max(1, font / TAG_FONT);
  const w = TAG_W * grow;
  const h = TAG_H * grow;
  const placed: TagPlace[] = [];
  const clashes = (p: TagPlace) => placed.some((q) => Math.abs(q.x - p.x) < w && Math.abs(q.y - p.y) < h);
  for (const b of boxes) {
    const above = { x: b[0] + 2, y: b[1] - 4 };
    const below = { x: b[0] + 2, y: Math.min(height - 2, b[1] + b[3] + h + 1) };
    const aboveOk = b[1] > h + 4 && !clashes(above);
    placed.push(aboveOk || clashes(below) ? (b[1] > h + 4 ? above : below) : below);
  }
  return placed;
}
