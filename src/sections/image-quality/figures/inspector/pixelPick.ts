/**
 * Pixel selection of the SSIM inspector, as pure functions: a pointer
 * position on the scaled picture to an image pixel, and a key press to a
 * move (arrows 1 pixel, Shift + arrows 10), both clamped to the image.
 */
import { clamp } from '../../../../lib/clamp';
import { originAfterKey } from '../../../../widgets/loupe/loupeGeometry';

/** A pixel position. */
export interface Pixel {
  x: number;
  y: number;
}

/**
 * The image pixel under a pointer at (px, py) CSS pixels from the picture's
 * top-left corner, the picture being `boxW` x `boxH` CSS pixels showing an
 * image of `width` x `height`: floor(px / boxW * width), clamped.
 */
export function pixelAt(
  px: number,
  py: number,
  boxW: number,
  boxH: number,
  width: number,
  height: number,
): Pixel {
  const x = boxW > 0 ? Math.floor((px / boxW) * width) : 0;
  const y = boxH > 0 ? Math.floor((py / boxH) * height) : 0;
  return { x: clamp(x, 0, width - 1), y: clamp(y, 0, height - 1) };
}

/**
 * The pixel after a key press, or null when the key does not move it:
 * arrows move 1 pixel (10 with Shift), Home / End jump to the row's ends,
 * clamped to the image.
 */
export function pixelAfterKey(
  p: Pixel,
  key: string,
  shift: boolean,
  width: number,
  height: number,
): Pixel | null {
  // A pixel moves like a loupe square of side 1.
  return originAfterKey(p, key, shift, 1, width, height);
}
