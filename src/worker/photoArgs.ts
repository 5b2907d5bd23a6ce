/**
 * Prepares the arguments of the image-quality requests in the worker, before
 * the pure registry entry runs: a built-in photo named by `photo` becomes the
 * decoded `image`; a reader's ImageBitmap (`a`, `b`) becomes RGB; and
 * `jpeg_quality` adds `jpeg`, the image after the browser's JPEG round trip.
 * The page thus sends parameters (photo id, sigma, seed), not megabytes.
 */
import type { Raster } from '../metrics/types';

/** The decoders photoArgs uses (the browser's in the worker, fakes in tests). */
export interface PhotoDecoders {
  loadPhoto(id: string, base: string): Promise<Raster>;
  bitmapToRgb(bitmap: ImageBitmap): Raster;
  /** The JPEG round trip; `key` names a built-in photo to cache by, null for the reader's images. */
  jpeg(key: string | null, image: Raster, quality: number): Promise<Raster>;
}

/** Requests whose arguments are prepared: the image-quality section's entries. */
export function needsPhotoArgs(metricId: string): boolean {
  return metricId.startsWith('image_quality_') || metricId === 'feature_distance_demo';
}

function isBitmap(v: unknown): v is ImageBitmap {
  return typeof ImageBitmap !== 'undefined' && v instanceof ImageBitmap;
}

/**
 * The arguments with `photo` (+ `photo_base`) replaced by `image`, ImageBitmap
 * values of `a` and `b` replaced by RGB rasters, and `jpeg` added when
 * `jpeg_quality` is a number 1-100 (of `image`, else of `a`). Other
 * arguments pass through unchanged. Rejects with a message naming the
 * argument when a photo cannot be loaded or a quality is out of range.
 */
export async function preparePhotoArgs(
  args: Record<string, unknown>,
  decoders: PhotoDecoders,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...args };
  if (typeof args.photo === 'string') {
    const base = typeof args.photo_base === 'string' ? args.photo_base : '';
    out.image = await decoders.loadPhoto(args.photo, base);
  }
  for (const name of ['a', 'b'] as const) {
    if (isBitmap(args[name])) out[name] = decoders.bitmapToRgb(args[name]);
  }
  const q = args.jpeg_quality;
  if (q !== undefined && q !== null) {
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > 100) {
      throw new Error(`jpeg_quality: expected an integer from 1 to 100, got ${String(q)}`);
    }
    const source = (out.image ?? out.a) as Raster | undefined;
    if (!source) throw new Error('jpeg_quality: no image to encode');
    const key = typeof args.photo === 'string' ? `photo:${args.photo}` : null;
    out.jpeg = await decoders.jpeg(key, source, q);
  }
  return out;
}
