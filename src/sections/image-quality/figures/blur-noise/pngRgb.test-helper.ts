/**
 * Test helper: decodes an 8-bit, non-interlaced RGB PNG from the repository
 * (the built-in photos) into an RGB raster, with fflate's unzlib, so unit
 * tests can score the very pixels the browser shows.
 */
import { readFileSync } from 'node:fs';
import { unzlibSync } from 'fflate';

/** An RGB raster, 3 bytes a pixel, row-major. */
export interface PngRgb {
  width: number;
  height: number;
  channels: 3;
  data: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The pixels of the PNG at `path`; throws for anything but 8-bit RGB without interlacing. */
export function readPngRgb(path: string): PngRgb {
  const buf = readFileSync(path);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  for (let i = 8; i < buf.length;) {
    const len = view.getUint32(i);
    const type = buf.toString('latin1', i + 4, i + 8);
    const body = buf.subarray(i + 8, i + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(i + 8);
      height = view.getUint32(i + 12);
      if (body[8] !== 8 || body[9] !== 2 || body[12] !== 0) throw new Error(`${path}: not 8-bit RGB`);
    } else if (type === 'IDAT') idat.push(body);
    i += 12 + len;
  }
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of idat) {
    joined.set(c, o);
    o += c.length;
  }
  const raw = unzlibSync(joined);
  const stride = width * 3;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const a = x >= 3 ? out[y * stride + x - 3]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 3 && y > 0 ? out[(y - 1) * stride + x - 3]! : 0;
      const v = raw[src + x]!;
      const pred =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[y * stride + x] = (v + pred) & 255;
    }
  }
  return { width, height, channels: 3, data: out };
}
