/**
 * Geometry of the loupe, as pure functions: where the crop square of side
 * `size` may sit on a `width` x `height` image, where a pointer puts it
 * (centred on the pointer), and where a key moves it (arrows 1 image pixel,
 * Shift + arrows 10, Home / End to the row's ends). Origins are the square's
 * top-left corner in integer image pixels.
 */
import { clamp } from '../../lib/clamp';
import { arrowStep } from '../boxes/boxGeometry';

/** The crop square's top-left corner, image pixels. */
export interface CropOrigin {
  x: number;
  y: number;
}

/** `o` rounded and moved so that the whole square lies inside the image. */
export function clampOrigin(o: CropOrigin, size: number, width: number, height: number): CropOrigin {
  return {
    x: clamp(Math.round(o.x), 0, Math.max(0, width - size)),
    y: clamp(Math.round(o.y), 0, Math.max(0, height - size)),
  };
}

/**
 * The origin that centres the square on a pointer at (px, py) CSS pixels from
 * the picture's top-left corner, the picture being `boxW` x `boxH` CSS pixels.
 */
export function originAtPointer(
  px: number,
  py: number,
  boxW: number,
  boxH: number,
  size: number,
  width: number,
  height: number,
): CropOrigin {
  const x = boxW > 0 ? (px / boxW) * width - size / 2 : 0;
  const y = boxH > 0 ? (py / boxH) * height - size / 2 : 0;
  return clampOrigin({ x, y }, size, width, height);
}

/** The origin after a key press, or null when the key does not move the square. */
export function originAfterKey(
  o: CropOrigin,
  key: string,
  shift: boolean,
  size: number,
  width: number,
  height: number,
): CropOrigin | null {
  if (key === 'Home') return clampOrigin({ x: 0, y: o.y }, size, width, height);
  if (key === 'End') return clampOrigin({ x: width - size, y: o.y }, size, width, height);
  const step = arrowStep(key, shift);
  if (!step) return null;
  return clampOrigin({ x: o.x + step[0], y: o.y + step[1] }, size, width, height);
}
