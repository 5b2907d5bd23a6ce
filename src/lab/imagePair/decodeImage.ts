/**
 * Turns an image file the reader brought into pixels for PSNR and SSIM. PNG
 * is decoded with fast-png (`decodePng`): exact, 8 or 16 bits, palette
 * images expanded to their colours. JPEG and WebP are decoded by the
 * browser (createImageBitmap + OffscreenCanvas, in the worker), whose
 * decoder may differ from PIL's by a few levels. An alpha channel is
 * dropped: the metrics compare grey or RGB values.
 */
import { decodePng, type DecodedPngImage } from '../files/png';
import { LabInputError } from '../jobs/types';

/** Pixels of one image: grey (1 channel) or RGB (3), row-major, channels interleaved. */
export interface DecodedImage {
  width: number;
  height: number;
  channels: 1 | 3;
  data: Uint8Array | Uint16Array;
  /** Bits per sample: 8 or 16 (sub-byte PNGs are read as 8-bit values 0..2^depth-1). */
  bits: 8 | 16;
  format: 'png' | 'jpeg' | 'webp';
  /** True when decoding is exact (PNG), false for the browser's JPEG/WebP decoder. */
  exact: boolean;
}

type Format = DecodedImage['format'];

/** The format a file's first bytes announce, or null. */
export function sniffImageFormat(bytes: Uint8Array): Format | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const ascii = (a: number, b: number) => String.fromCharCode(...bytes.subarray(a, b));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Grey or RGB pixels of a decoded PNG: palettes expanded, alpha dropped. */
export function pngPixels(png: DecodedPngImage): Pick<DecodedImage, 'channels' | 'data' | 'bits'> {
  const { width, height, channels, data, palette } = png;
  const n = width * height;
  const bits = png.depth === 16 ? 16 : 8;
  if (palette) {
    const out = new Uint8Array(n * 3);
    for (let i = 0; i < n; i++) {
      const c = palette[data[i * channels]!] ?? [0, 0, 0];
      out[3 * i] = c[0]!;
      out[3 * i + 1] = c[1]!;
      out[3 * i + 2] = c[2]!;
    }
    return { channels: 3, data: out, bits: 8 };
  }
  if (channels === 1 || channels === 3) return { channels, data, bits };
  const keep = channels === 2 ? 1 : 3;
  const out = data instanceof Uint16Array ? new Uint16Array(n * keep) : new Uint8Array(n * keep);
  for (let i = 0; i < n; i++) for (let c = 0; c < keep; c++) out[i * keep + c] = data[i * channels + c]!;
  return { channels: keep, data: out, bits };
}

async function browserPixels(bytes: ArrayBuffer, fileName: string, format: Format): Promise<DecodedImage> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') {
    throw new LabInputError(fileName, '', `this browser cannot decode ${format.toUpperCase()} here; use PNG`);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: `image/${format}` }), {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch {
    throw new LabInputError(fileName, '', `corrupt or unreadable ${format.toUpperCase()} file`);
  }
  const { width, height } = bitmap;
  const ctx = new OffscreenCanvas(width, height).getContext('2d');
  if (!ctx)
    throw new LabInputError(fileName, '', `this browser cannot decode ${format.toUpperCase()} here; use PNG`);
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const n = width * height;
  const rgb = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    rgb[3 * i] = rgba[4 * i]!;
    rgb[3 * i + 1] = rgba[4 * i + 1]!;
    rgb[3 * i + 2] = rgba[4 * i + 2]!;
  }
  return { width, height, channels: 3, data: rgb, bits: 8, format, exact: false };
}

/**
 * Decodes a PNG, JPEG or WebP file (recognised by its first bytes, not its
 * name). Throws LabInputError naming the file when it is empty, not one of
 * these formats, corrupt, or (JPEG/WebP) cannot be decoded in this browser.
 */
export async function decodeImage(bytes: ArrayBuffer, fileName: string): Promise<DecodedImage> {
  const u8 = new Uint8Array(bytes);
  if (u8.length === 0) throw new LabInputError(fileName, '', 'the file is empty');
  const format = sniffImageFormat(u8);
  if (!format) throw new LabInputError(fileName, '', 'not an image (expected PNG, JPEG or WebP)');
  if (format !== 'png') return browserPixels(bytes, fileName, format);
  const png = decodePng(u8, fileName);
  return { width: png.width, height: png.height, ...pngPixels(png), format, exact: true };
}

/** The words every size-mismatch message of the Lab's pixel jobs contains (the panels look for them). */
export const SIZE_MISMATCH = 'must have the same size';

/** "16 × 16, grey" / "24 × 24, RGB": an image's size as messages state it. */
export function describeSize(img: Pick<DecodedImage, 'width' | 'height' | 'channels'>): string {
  return `${img.width} × ${img.height}, ${img.channels === 1 ? 'grey' : 'RGB'}`;
}
