/**
 * PNG decoding for the Lab with fast-png, not through a canvas: a canvas
 * turns palette images into colours (losing the indices a label map stores)
 * and 16-bit samples into 8-bit ones. Also turns a decoded PNG into a label
 * map (class ids per pixel), refusing colour images that are not grey.
 */
import { decode, hasPngSignature } from 'fast-png';
import { LabInputError } from '../jobs/types';

/** A decoded PNG: samples row-major, `channels` per pixel, at their own bit depth. */
export interface DecodedPngImage {
  width: number;
  height: number;
  /** 1 grey (or palette indices), 2 grey + alpha, 3 RGB, 4 RGBA. */
  channels: number;
  /** Bits per sample as stored: 1, 2, 4, 8 or 16. */
  depth: number;
  /** Samples: Uint16Array for 16-bit images, Uint8Array otherwise (palette images hold indices). */
  data: Uint8Array | Uint16Array;
  /** The palette ([r, g, b] or [r, g, b, a] per index) of an indexed image. */
  palette?: number[][];
}

/** A label map read from a PNG: one class id per pixel. */
export interface PngLabelMap {
  width: number;
  height: number;
  data: Uint8Array | Uint16Array;
  /** How the ids were read: palette indices, grey values, or the common value of grey RGB(A) channels. */
  source: 'palette' | 'grey' | 'grey-rgb';
  depth: number;
}

const signatureHint = 'not a PNG file (its first bytes are not the PNG signature)';

function unpackBits(packed: Uint8Array, width: number, height: number, depth: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const rowBytes = Math.ceil((width * depth) / 8);
  const perByte = 8 / depth;
  const mask = (1 << depth) - 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const byte = packed[y * rowBytes + Math.floor(x / perByte)]!;
      const shift = 8 - depth * ((x % perByte) + 1);
      out[y * width + x] = (byte >> shift) & mask;
    }
  }
  return out;
}

/**
 * Decodes a PNG file's bytes, keeping palette indices and 16-bit samples.
 * Sub-byte depths (1, 2, 4 bits) are unpacked to one sample per byte
 * (`depth` still says what the file stored). Throws a LabInputError naming
 * `fileName` for an empty file, a file that is not a PNG (signature check),
 * and a corrupt or truncated PNG.
 */
export function decodePng(bytes: ArrayBuffer | Uint8Array, fileName: string): DecodedPngImage {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.length === 0) throw new LabInputError(fileName, '', 'the file is empty');
  if (view.length < 8 || !hasPngSignature(view)) throw new LabInputError(fileName, '', signatureHint);
  let png;
  try {
    png = decode(view, { checkCrc: true });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new LabInputError(fileName, '', `corrupt or truncated PNG (${why})`);
  }
  const { width, height, channels, depth } = png;
  if (!(width > 0 && height > 0)) throw new LabInputError(fileName, '', 'corrupt PNG (no pixels)');
  let data: Uint8Array | Uint16Array;
  const expected = width * height * channels;
  if (png.data instanceof Uint16Array) data = png.data;
  else if (depth < 8) {
    data = unpackBits(
      png.data instanceof Uint8Array ? png.data : new Uint8Array(png.data),
      width,
      height,
      depth,
    );
  } else data = png.data instanceof Uint8Array ? png.data : new Uint8Array(png.data.buffer);
  if (data.length < expected) {
    throw new LabInputError(
      fileName,
      '',
      `corrupt or truncated PNG (${data.length} samples, expected ${expected})`,
    );
  }
  if (data.length > expected) data = data.subarray(0, expected);
  const out: DecodedPngImage = { width, height, channels, depth, data };
  if (png.palette) out.palette = png.palette;
  return out;
}

/**
 * Reads a decoded PNG as a label map: palette images give their indices,
 * grey images (8 or 16 bits; an alpha channel is dropped) their grey values,
 * RGB(A) images the common value when every pixel is grey (r = g = b).
 * Any other colour image is refused with a LabInputError naming the file and
 * the first colour pixel: label maps must store ids, not colours.
 */
export function labelMapFromPng(png: DecodedPngImage, fileName: string): PngLabelMap {
  const { width, height, channels, depth, data } = png;
  const n = width * height;
  if (png.palette) {
    const ids = channels === 1 ? data : pickChannel(data, n, channels);
    return { width, height, data: ids, source: 'palette', depth };
  }
  if (channels === 1) return { width, height, data, source: 'grey', depth };
  if (channels === 2) return { width, height, data: pickChannel(data, n, 2), source: 'grey', depth };
  for (let i = 0; i < n; i++) {
    const r = data[i * channels]!;
    if (data[i * channels + 1] !== r || data[i * channels + 2] !== r) {
      const x = i % width;
      const y = Math.floor(i / width);
      const rgb = `(${r}, ${data[i * channels + 1]}, ${data[i * channels + 2]})`;
      throw new LabInputError(
        fileName,
        `pixel (${x}, ${y})`,
        `colour ${rgb} in an RGB image: a label map must be a palette (indexed) or grey PNG whose values are class ids`,
      );
    }
  }
  return { width, height, data: pickChannel(data, n, channels), source: 'grey-rgb', depth };
}

function pickChannel(data: Uint8Array | Uint16Array, n: number, channels: number): Uint8Array | Uint16Array {
  const out = data instanceof Uint16Array ? new Uint16Array(n) : new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = data[i * channels]!;
  return out;
}
