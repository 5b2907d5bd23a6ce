/**
 * Pure core of the draggables' touch targets: a finger needs a hit area of
 * at least 44x44 CSS px (WCAG 2.5.5) whatever the drawing's size, and where
 * the hit areas of neighbours overlap (joints close together, a corner
 * handle over its box) the draggable whose centre is nearest the pointer wins.
 */

/** The smallest side of a touch target, in CSS px. */
export const MIN_TARGET_CSS_PX = 44;

/**
 * The half-side (or radius) of a hit area in image pixels: at least `drawn`
 * image pixels, and at least half of {@link MIN_TARGET_CSS_PX} (plus half a
 * pixel of rounding) on screen at `imagePerScreen` image pixels per CSS
 * pixel. An unknown scale (0: not drawn yet) keeps `drawn`.
 */
export function hitHalfSide(drawn: number, imagePerScreen: number): number {
  if (!(imagePerScreen > 0)) return drawn;
  return Math.max(drawn, ((MIN_TARGET_CSS_PX + 1) / 2) * imagePerScreen);
}

/**
 * How far to grow each side of a span `size` image pixels long so that it is
 * at least {@link MIN_TARGET_CSS_PX} on screen (0 when it already is or the
 * scale is unknown).
 */
export function growToTarget(size: number, imagePerScreen: number): number {
  if (!(imagePerScreen > 0)) return 0;
  return Math.max(0, ((MIN_TARGET_CSS_PX + 1) * imagePerScreen - size) / 2);
}

/** A screen rectangle, as getBoundingClientRect gives it. */
export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The index of the rectangle whose centre is nearest (x, y); ties go to the
 * later one (drawn on top). -1 for none.
 */
export function nearestCentre(x: number, y: number, rects: readonly ScreenRect[]): number {
  let best = -1;
  let bestDistance = Infinity;
  rects.forEach((r, i) => {
    const d = Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2));
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * The start of a span `size` long centred on `centre`, shifted (not cut) so
 * it lies inside [0, limit] when it fits: a hit area at the picture's edge
 * stays whole inside the SVG, which would clip it.
 */
export function placeSpan(centre: number, size: number, limit: number): number {
  const start = centre - size / 2;
  if (size >= limit) return start;
  return Math.min(Math.max(start, 0), limit - size);
}

/**
 * The hit area [x, y, width, height] of a span box grown to the touch
 * target size (growToTarget) and kept inside the picture (placeSpan).
 */
export function boxTarget(
  box: readonly [x: number, y: number, w: number, h: number],
  bounds: { width: number; height: number },
  imagePerScreen: number,
): readonly [x: number, y: number, w: number, h: number] {
  const [x, y, w, h] = box;
  const tw = w + 2 * growToTarget(w, imagePerScreen);
  const th = h + 2 * growToTarget(h, imagePerScreen);
  return [
    tw === w ? x : placeSpan(x + w / 2, tw, bounds.width),
    th === h ? y : placeSpan(y + h / 2, th, bounds.height),
    tw,
    th,
  ];
}

/**
 * The hit square [x, y, side, side] of a box corner at (cx, cy): centred a
 * quarter side outwards from the corner (away from the box, whose own area is
 * for moving it; (sx, sy) is the outward direction, -1 or 1 per axis), so a
 * finger just outside a small box still finds the corner, and kept inside
 * the picture.
 */
export function cornerTarget(
  cx: number,
  cy: number,
  sx: -1 | 1,
  sy: -1 | 1,
  side: number,
  bounds: { width: number; height: number },
): readonly [x: number, y: number, w: number, h: number] {
  return [
    placeSpan(cx + (sx * side) / 4, side, bounds.width),
    placeSpan(cy + (sy * side) / 4, side, bounds.height),
    side,
    side,
  ];
}
