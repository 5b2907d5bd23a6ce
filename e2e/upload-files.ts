/**
 * Image files built byte by byte for the upload tests (review F3 and its list
 * of upload kinds): PNG of any bit depth and colour type, 24-bit BMP, a GIF
 * whose LZW stream is written by hand, and JPEG surgery (padding APP segments
 * before the frame header, a frame header claiming another size, truncation).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG of a diagonal gradient; colour type 0 grey, 2 RGB, 6 RGBA; bit depth 8 or 16. */
export function png(width: number, height: number, colourType: 0 | 2 | 6 = 2, bitDepth: 8 | 16 = 8): Buffer {
  const channels = colourType === 0 ? 1 : colourType === 2 ? 3 : 4;
  const bpp = (channels * bitDepth) / 8;
  const raw = Buffer.alloc(height * (1 + width * bpp));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * bpp);
    for (let x = 0; x < width; x++)
      for (let c = 0; c < channels; c++) {
        const v = c === 3 ? 255 : (x * 7 + y * 3 + c * 60) % 256;
        const at = row + 1 + x * bpp + (c * bitDepth) / 8;
        if (bitDepth === 8) raw[at] = v;
        else raw.writeUInt16BE(v * 257, at);
      }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([bitDepth, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A bottom-up 24-bit BMP of a gradient. */
export function bmp(width: number, height: number): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + stride * height);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) out.set([(x * 5) % 256, (y * 5) % 256, 128], 54 + y * stride + x * 3);
  return out;
}

/**
 * A GIF with four grey levels. Its LZW stream sends a clear code before every
 * pixel, so the code size stays 3 bits and no dictionary is needed (GIF89a,
 * appendix F).
 */
export function gif(width: number, height: number): Buffer {
  const codes: number[] = [];
  for (let i = 0; i < width * height; i++) codes.push(4, (i + Math.floor(i / width)) % 4);
  codes.push(5);
  const packed: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const code of codes) {
    acc |= code << bits;
    bits += 3;
    while (bits >= 8) {
      packed.push(acc & 0xff);
      acc >>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) packed.push(acc & 0xff);
  const blocks: number[] = [];
  for (let o = 0; o < packed.length; o += 255) {
    const part = packed.slice(o, o + 255);
    blocks.push(part.length, ...part);
  }
  const w = [width & 0xff, width >> 8];
  const h = [height & 0xff, height >> 8];
  return Buffer.from([
    ...Buffer.from('GIF89a', 'latin1'),
    ...w,
    ...h,
    0x81, // global colour table of 4 entries
    0,
    0,
    ...[0, 0, 0, 85, 85, 85, 170, 170, 170, 255, 255, 255],
    0x2c,
    0,
    0,
    0,
    0,
    ...w,
    ...h,
    0,
    2, // LZW minimum code size
    ...blocks,
    0,
    0x3b,
  ]);
}

/** The same JPEG with `count` APP15 segments of 65,000 bytes inserted right after SOI. */
export function padJpeg(jpeg: Buffer, count: number): Buffer {
  const len = 65_000;
  const pad = Buffer.alloc(len + 2);
  pad.set([0xff, 0xef, len >> 8, len & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), ...Array.from({ length: count }, () => pad), jpeg.subarray(2)]);
}

/** The JPEG with its first frame header (SOF0-SOF2) set to claim width x height. */
export function claimJpegSize(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  for (let o = 2; o + 9 < out.length;) {
    const marker = out[o + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      out.writeUInt16BE(height, o + 5);
      out.writeUInt16BE(width, o + 7);
      return out;
    }
    o += 2 + out.readUInt16BE(o + 2);
  }
  throw new Error('no frame header');
}
