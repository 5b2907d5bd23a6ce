/**
 * Worker-side photo decoding: a built-in photo is fetched once and decoded
 * with createImageBitmap into 8-bit RGB (alpha dropped, transparent parts on
 * white), a reader's ImageBitmap is turned into RGB the same way, and a JPEG
 * copy is made by the browser's own encoder (OffscreenCanvas.convertToBlob)
 * and decoded again. Decoded photos are kept for the worker's lifetime, by
 * address, and handed out as the same pixels every time (the image-quality
 * scene caches its copies, scores and SSIM statistics per pixel array); a
 * restarted worker has none and decodes again on the first request, which
 * always names its photo, so the cache rebuilds without the page knowing.
 * JPEG copies are cached too.
 */
import type { Raster } from '../metrics/types';
import { photoInfo, photoPath } from '../assets/photoCatalog';

/** An 8-bit RGB raster. */
export type RgbRaster = Raster & { data: Uint8Array };

function canvasOf(width: number, height: number): OffscreenCanvasRenderingContext2D {
  const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw images in the worker (no OffscreenCanvas 2D).');
  return ctx;
}

/** RGBA pixels to RGB (alpha dropped). */
export function rgbaToRgb(rgba: ArrayLike<number>, width: number, height: number): RgbRaster {
  const n = width * height;
  const data = new Uint8Array(n * 3);
  for (let p = 0; p < n; p++) {
    data[3 * p] = rgba[4 * p]!;
    data[3 * p + 1] = rgba[4 * p + 1]!;
    data[3 * p + 2] = rgba[4 * p + 2]!;
  }
  return { width, height, channels: 3, data };
}

/** Draws a bitmap on white and reads it back as RGB (at the bitmap's own size). */
export function bitmapToRgb(bitmap: ImageBitmap): RgbRaster {
  const { width, height } = bitmap;
  const ctx = canvasOf(width, height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0);
  return rgbaToRgb(ctx.getImageData(0, 0, width, height).data, width, height);
}

const photos = new Map<string, Promise<RgbRaster>>();

/**
 * The decoded built-in photo `id` (fetched and decoded once per worker).
 * `base` is the page's address (document.baseURI); the photo is fetched from
 * `images/<file>` under it, and only from the worker's own origin.
 */
export function loadPhoto(id: string, base: string): Promise<RgbRaster> {
  const info = photoInfo(id);
  if (!info) return Promise.reject(new Error(`photo: unknown photo "${id}"`));
  let url: URL;
  try {
    url = new URL(photoPath(info), base);
  } catch {
    return Promise.reject(new Error('photo_base: not an address'));
  }
  if (url.origin !== self.location.origin) return Promise.reject(new Error('photo_base: must be this site'));
  let p = photos.get(url.href);
  if (!p) {
    p = fetch(url.href)
      .then((res) => {
        if (!res.ok) throw new Error(`photo: could not load ${info.file} (HTTP ${res.status})`);
        return res.blob();
      })
      .then((blob) => createImageBitmap(blob))
      .then((bitmap) => {
        const r = bitmapToRgb(bitmap);
        bitmap.close();
        return r;
      });
    const key = url.href;
    p.catch(() => photos.delete(key));
    photos.set(key, p);
  }
  return p;
}

/** Opaque RGBA of an RGB raster. */
function rgbToRgba(image: Raster): Uint8ClampedArray<ArrayBuffer> {
  const n = image.width * image.height;
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    out[4 * p] = image.data[3 * p]!;
    out[4 * p + 1] = image.data[3 * p + 1]!;
    out[4 * p + 2] = image.data[3 * p + 2]!;
    out[4 * p + 3] = 255;
  }
  return out;
}

/**
 * The image after a JPEG round trip through the browser's encoder at
 * `quality` (1-100, as the percentage convertToBlob reads as 0.01-1), decoded
 * back to RGB.
 */
export async function jpegRoundTrip(image: Raster, quality: number): Promise<RgbRaster> {
  const ctx = canvasOf(image.width, image.height);
  ctx.putImageData(new ImageData(rgbToRgba(image), image.width, image.height), 0, 0);
  const blob = await ctx.canvas.convertToBlob({ type: 'image/jpeg', quality: quality / 100 });
  const bitmap = await createImageBitmap(blob);
  const r = bitmapToRgb(bitmap);
  bitmap.close();
  return r;
}

const jpegs = new Map<string, Promise<RgbRaster>>();
const JPEG_CACHE_SIZE = 12;

/** jpegRoundTrip, cached by (photo key, quality) for the last few qualities; a null key is not cached. */
export function cachedJpeg(key: string | null, image: Raster, quality: number): Promise<RgbRaster> {
  if (key === null) return jpegRoundTrip(image, quality);
  const k = `${key}:${quality}`;
  let p = jpegs.get(k);
  if (!p) {
    p = jpegRoundTrip(image, quality);
    p.catch(() => jpegs.delete(k));
    if (jpegs.size >= JPEG_CACHE_SIZE) jpegs.delete(jpegs.keys().next().value!);
    jpegs.set(k, p);
  }
  return p;
}
