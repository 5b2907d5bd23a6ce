/**
 * Where the IoU playground draws the name chip of a box ("ground truth",
 * "prediction"): just outside the box, on the side the caller prefers, or on
 * the other side when the photo's edge leaves no room.
 */
import type { BoxXywh, Size } from '../../../../lib/geometry';

/** A chip's top-left corner in image pixels. */
export interface ChipPlace {
  x: number;
  y: number;
}

/**
 * Top-left corner of a `chipW` x `chipH` chip next to `box`: above it
 * (`side` 'above') or below it, flipped when it would leave the image;
 * left-aligned with the box and shifted to stay inside the image.
 */
export function chipPlace(
  box: BoxXywh,
  chipW: number,
  chipH: number,
  side: 'above' | 'below',
  size: Size,
  gap = 8,
): ChipPlace {
  const above = box[1] - gap - chipH;
  const below = box[1] + box[3] + gap;
  const fitsAbove = above >= 0;
  const fitsBelow = below + chipH <= size.height;
  const useAbove = side === 'above' ? fitsAbove || !fitsBelow : !fitsBelow && fitsAbove;
  const y = useAbove ? Math.max(0, above) : Math.min(below, size.height - chipH);
  const x = Math.min(Math.max(0, box[0]), Math.max(0, size.width - chipW));
  return { x, y };
}
