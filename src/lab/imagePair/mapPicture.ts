/**
 * Colours a per-pixel map (SSIM, depth error) into RGBA bytes for a canvas,
 * in the Lab worker (photo-sized loops stay off the page). The colour tables
 * are shared with the page's legends.
 */
import { interpolateCividis, interpolateMagma } from 'd3-scale-chromatic';
import { lut } from '../../lib/colour';

/** Colour table of the SSIM map (cividis: dark = dissimilar, light = similar). */
export const SSIM_LUT = lut(interpolateCividis);
/** Colour table of the depth error map (magma: dark = small error, bright = large). */
export const ERROR_LUT = lut(interpolateMagma);

/** Light and dark grey of the hatch that marks pixels without a value. */
export const NO_VALUE_GREYS: readonly [number, number] = [150, 205];

/**
 * RGBA bytes: value v maps to the table entry at clamp((v - lo) / (hi - lo), 0, 1);
 * pixels whose `valid` entry is 0 get a diagonal grey hatch (4-pixel period).
 */
export function colourMap(
  values: ArrayLike<number>,
  width: number,
  lo: number,
  hi: number,
  table: Uint8Array,
  valid?: ArrayLike<number>,
): Uint8ClampedArray {
  const n = values.length;
  const out = new Uint8ClampedArray(n * 4);
  const size = table.length / 3;
  const span = hi - lo;
  for (let i = 0; i < n; i++) {
    const j = 4 * i;
    out[j + 3] = 255;
    if (valid && !valid[i]) {
      const x = i % width;
      const y = (i - x) / width;
      const g = (x + y) % 4 < 2 ? NO_VALUE_GREYS[0] : NO_VALUE_GREYS[1];
      out[j] = g;
      out[j + 1] = g;
      out[j + 2] = g;
      continue;
    }
    let t = span > 0 ? (values[i]! - lo) / span : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const k = Math.round(t * (size - 1)) * 3;
    out[j] = table[k]!;
    out[j + 1] = table[k + 1]!;
    out[j + 2] = table[k + 2]!;
  }
  return out;
}
