/**
 * Geometry types shared by metrics, scenes and widgets, branded the
 * excalidraw way so that different coordinate conventions cannot be mixed:
 * an xyxy region does not compile where an xywh box is expected, and a
 * distance in screen pixels does not compile where image pixels are.
 *
 * `BoxXywh` carries an *optional* brand, so plain `[x, y, w, h]` literals
 * (COCO boxes in tests, JSON, the reference cases) stay valid while a
 * `BoxXyxy` (required brand 'BoxXyxy') is rejected. `BoxXyxy`, `ImagePx` and
 * `ScreenPx` need their constructors.
 */
import { clamp } from './clamp';

/** A box in COCO convention: [x, y, width, height], continuous coordinates, no +1. */
export type BoxXywh = readonly [x: number, y: number, w: number, h: number] & {
  readonly __brand?: 'BoxXywh';
};

/** An axis-aligned box by its corners [x0, y0, x1, y1] (x0 <= x1, y0 <= y1). */
export type BoxXyxy = readonly [x0: number, y0: number, x1: number, y1: number] & {
  readonly __brand: 'BoxXyxy';
};

/** A length or coordinate in image pixels (the picture's own grid). */
export type ImagePx = number & { readonly __brand: 'ImagePx' };

/** A length or coordinate in screen (CSS) pixels, as pointer events give them. */
export type ScreenPx = number & { readonly __brand: 'ScreenPx' };

/** The box [x, y, w, h]. */
export function boxXywh(x: number, y: number, w: number, h: number): BoxXywh {
  return [x, y, w, h];
}

/** The box with corners (x0, y0) and (x1, y1). */
export function boxXyxy(x0: number, y0: number, x1: number, y1: number): BoxXyxy {
  return [x0, y0, x1, y1] as unknown as BoxXyxy;
}

/** `v` as image pixels. */
export function imagePx(v: number): ImagePx {
  return v as ImagePx;
}

/** `v` as screen pixels. */
export function screenPx(v: number): ScreenPx {
  return v as ScreenPx;
}

/** [x, y, w, h] -> [x, y, x + w, y + h]. */
export function toXyxy(b: BoxXywh): BoxXyxy {
  return boxXyxy(b[0], b[1], b[0] + b[2], b[1] + b[3]);
}

/** [x0, y0, x1, y1] -> [x0, y0, x1 - x0, y1 - y0]. */
export function toXywh(b: BoxXyxy): BoxXywh {
  return [b[0], b[1], b[2] - b[0], b[3] - b[1]];
}

/**
 * A mutable copy [x, y, w, h] of a box (spreading a branded box gives
 * `number[]`, not a 4-tuple), e.g. for state that a schema types as a tuple.
 */
export function boxTuple(b: BoxXywh): [x: number, y: number, w: number, h: number] {
  return [b[0], b[1], b[2], b[3]];
}

/** Width times height of an [x, y, w, h] box. */
export function boxArea(b: BoxXywh): number {
  return b[2] * b[3];
}

/**
 * The intersection of two [x, y, w, h] boxes, or null when they do not
 * overlap (touching edges or a zero-area overlap count as no overlap).
 */
export function intersectBoxes(a: BoxXywh, b: BoxXywh): BoxXywh | null {
  const x0 = Math.max(a[0], b[0]);
  const y0 = Math.max(a[1], b[1]);
  const x1 = Math.min(a[0] + a[2], b[0] + b[2]);
  const y1 = Math.min(a[1] + a[3], b[1] + b[3]);
  return x1 > x0 && y1 > y0 ? [x0, y0, x1 - x0, y1 - y0] : null;
}

/**
 * Areas of the intersection and the union of two boxes:
 * |a ∩ b| and |a| + |b| - |a ∩ b| (the two numbers of IoU's fraction).
 */
export function overlapAreas(a: BoxXywh, b: BoxXywh): { intersection: number; union: number } {
  const i = intersectBoxes(a, b);
  const inter = i ? boxArea(i) : 0;
  return { intersection: inter, union: boxArea(a) + boxArea(b) - inter };
}

/** A size in pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The box moved by (dx, dy) image pixels, its corner rounded to whole pixels
 * and kept so the box lies whole inside a `size` image (a box larger than the
 * image is pinned to the top-left corner). Width and height are unchanged.
 */
export function moveBox(box: BoxXywh, dx: number, dy: number, size: Size): BoxXywh {
  const [x, y, w, h] = box;
  return [
    clamp(Math.round(x + dx), 0, Math.max(0, size.width - w)),
    clamp(Math.round(y + dy), 0, Math.max(0, size.height - h)),
    w,
    h,
  ];
}

/**
 * Image pixels per screen pixel for an image `imageWidth` pixels wide drawn
 * `drawnWidth` screen pixels wide (imageWidth / drawnWidth); `fallback` when
 * it is not drawn (width 0).
 */
export function imagePerScreen(imageWidth: number, drawnWidth: number, fallback = 0): number {
  return drawnWidth > 0 ? imageWidth / drawnWidth : fallback;
}

/** A screen-pixel distance in image pixels at `scale` image pixels per screen pixel. */
export function screenToImagePx(delta: ScreenPx, scale: number): ImagePx {
  return imagePx(delta * scale);
}
