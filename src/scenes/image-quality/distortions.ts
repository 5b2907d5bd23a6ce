/**
 * The photo distortions of the image-quality section besides blur and noise:
 * a brightness shift, a contrast change, a translation (and the pair of
 * overlapping crops it is scored on), and 8-bit RGBA for drawing.
 */
import type { Raster } from '../../metrics/types';
import { MetricInputError } from '../../metrics/validate';
import { assertRaster } from '../../metrics/image/rasterPair';

type Bytes = Raster & { data: Uint8Array };

function finite(name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new MetricInputError(name, `expected a finite number, got ${String(v)}`);
  }
}

const clip = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/**
 * Brightness shift: q = clip(round(x + delta), 0, 255) for every value, delta
 * in grey levels (+10 makes every pixel 10 levels brighter, except those it
 * clips at 255). Throws MetricInputError for a non-finite delta.
 */
export function shiftBrightness(image: Raster, delta: number): Bytes {
  assertRaster('image', image);
  finite('delta', delta);
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = clip(Math.round(image.data[i]! + delta));
  return { width: image.width, height: image.height, channels: image.channels, data: out };
}

/** The mean of each channel over all pixels. */
export function channelMeans(image: Raster): number[] {
  const { channels } = image;
  const sums = new Array<number>(channels).fill(0);
  for (let i = 0; i < image.data.length; i++) sums[i % channels]! += image.data[i]!;
  const pixels = image.width * image.height;
  return sums.map((s) => s / pixels);
}

/**
 * Contrast change about each channel's mean m_c: q = clip(round(m_c + k (x - m_c)), 0, 255).
 * k < 1 flattens the photo, k > 1 steepens it, k = 1 leaves it unchanged;
 * the mean brightness stays (up to clipping). Throws MetricInputError for a
 * factor that is not a finite number >= 0.
 */
export function changeContrast(image: Raster, factor: number): Bytes {
  assertRaster('image', image);
  finite('factor', factor);
  if (factor < 0) throw new MetricInputError('factor', `expected a number >= 0, got ${factor}`);
  const means = channelMeans(image);
  const { channels } = image;
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) {
    const m = means[i % channels]!;
    out[i] = clip(Math.round(m + factor * (image.data[i]! - m)));
  }
  return { width: image.width, height: image.height, channels, data: out };
}

function checkShift(image: Raster, dx: number): void {
  if (!Number.isInteger(dx) || dx < 0 || dx >= image.width) {
    throw new MetricInputError('shift', `expected an integer in [0, ${image.width - 1}], got ${String(dx)}`);
  }
}

/**
 * The photo moved `dx` pixels to the right: q(x, y) = p(x - dx, y); the
 * uncovered strip on the left repeats the first column (for drawing only;
 * scoring uses `translationPair`). Throws MetricInputError unless dx is an
 * integer in [0, width).
 */
export function translateRight(image: Raster, dx: number): Bytes {
  assertRaster('image', image);
  checkShift(image, dx);
  const { width, height, channels } = image;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.max(0, x - dx);
      for (let c = 0; c < channels; c++)
        out[(y * width + x) * channels + c] = image.data[(y * width + sx) * channels + c]!;
    }
  }
  return { width, height, channels, data: out };
}

/** Columns [x0, x0 + w) of an image, all rows. */
export function cropColumns(image: Raster, x0: number, w: number): Bytes {
  const { width, height, channels } = image;
  const out = new Uint8Array(w * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < channels; c++) {
        out[(y * w + x) * channels + c] = image.data[(y * width + x0 + x) * channels + c]!;
      }
    }
  }
  return { width: w, height, channels, data: out };
}

/**
 * What a translation by dx pixels is scored on: the region where the original
 * and the moved copy overlap, columns [dx, width) of both. There the original
 * holds p(x) and the copy p(x - dx), so `a` = columns [dx, width) and `b` =
 * columns [0, width - dx) of the original. No invented border pixels enter
 * the score. Throws MetricInputError unless dx is an integer in [0, width).
 */
export function translationPair(image: Raster, dx: number): { a: Bytes; b: Bytes } {
  assertRaster('image', image);
  checkShift(image, dx);
  const w = image.width - dx;
  return { a: cropColumns(image, dx, w), b: cropColumns(image, 0, w) };
}

/**
 * Opaque 8-bit RGBA for a canvas from a 1- or 3-channel 8-bit image (grey is
 * repeated into R, G and B; alpha 255). Throws MetricInputError for other
 * channel counts.
 */
export function toRgba(image: Raster): Uint8ClampedArray {
  const { width, height, channels } = image;
  if (channels !== 1 && channels !== 3) {
    throw new MetricInputError('image.channels', `expected 1 or 3 channels, got ${channels}`);
  }
  const n = width * height;
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    const s = p * channels;
    const d = p * 4;
    out[d] = image.data[s]!;
    out[d + 1] = image.data[s + (channels === 3 ? 1 : 0)]!;
    out[d + 2] = image.data[s + (channels === 3 ? 2 : 0)]!;
    out[d + 3] = 255;
  }
  return out;
}
