/**
 * Turning computed pixel values back into 8-bit pixels, as a saved image
 * would hold them: rounded to the nearest integer and clipped to 0..255.
 */
import type { NumArray, Raster } from '../types';

/**
 * round-and-clip: q = min(255, max(0, round(v))) for every value, as a
 * Uint8Array. Rounding is half up (Math.round), so 2.5 becomes 3; numpy's
 * np.round would give 2 (half to even), which only matters for values that
 * are exactly halfway. Non-finite values are not expected (NaN becomes 0).
 */
export function quantize(values: NumArray): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = Math.round(values[i]!);
    out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return out;
}

/** The same raster with its values rounded and clipped to 8-bit (see `quantize`). */
export function quantizeRaster(image: Raster): Raster & { data: Uint8Array } {
  return { width: image.width, height: image.height, channels: image.channels, data: quantize(image.data) };
}
