/**
 * The SSIM map as a picture: each pixel's SSIM coloured with viridis
 * (d3-scale-chromatic), dark for 0 or below, yellow for 1. Done in the
 * worker, so the page only puts the RGBA on a canvas.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import { lut } from '../../lib/colour';

let table: Uint8Array | null = null;

/** 256 RGB entries of viridis, index k for t = k / 255. */
export function viridisLut(): Uint8Array {
  table ??= lut(interpolateViridis, 256);
  return table;
}

/**
 * RGBA of a map of values: t = clamp((v - lo) / (hi - lo), 0, 1), colour =
 * viridis(round(255 t)), alpha 255. The default range [0, 1] suits SSIM
 * (values below 0, which SSIM allows, get the darkest colour).
 */
export function heatmapRgba(values: ArrayLike<number>, lo = 0, hi = 1): Uint8ClampedArray {
  const colours = viridisLut();
  const out = new Uint8ClampedArray(values.length * 4);
  const span = hi - lo;
  for (let i = 0; i < values.length; i++) {
    const t = span > 0 ? (values[i]! - lo) / span : 0;
    const k = Math.round(255 * (t < 0 ? 0 : t > 1 ? 1 : t));
    out[4 * i] = colours[3 * k]!;
    out[4 * i + 1] = colours[3 * k + 1]!;
    out[4 * i + 2] = colours[3 * k + 2]!;
    out[4 * i + 3] = 255;
  }
  return out;
}
