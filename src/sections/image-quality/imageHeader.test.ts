import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHeaderSize } from './imageHeader';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('image header sizes', () => {
  it('reads the shipped PNG photos', () => {
    expect(readHeaderSize(readFileSync('public/images/astronaut.png'))).toEqual({
      format: 'png',
      width: 512,
      height: 512,
    });
    expect(readHeaderSize(readFileSync('public/images/coffee.png'))).toEqual({
      format: 'png',
      width: 600,
      height: 400,
    });
  });

  it('reads GIF, BMP, JPEG and WebP headers', () => {
    expect(readHeaderSize(bytes('GIF89a', [0x40, 0x01, 0xf0, 0x00]))).toEqual({
      format: 'gif',
      width: 320,
      height: 240,
    });
    const bmp = new Uint8Array(26);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 9000, true);
    new DataView(bmp.buffer).setInt32(22, -20, true);
    expect(readHeaderSize(bmp)).toEqual({ format: 'bmp', width: 9000, height: 20 });
    // SOI, APP0 (length 4), SOF0 with height 0x01e0 (480), width 0x0280 (640)
    const jpeg = bytes([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80,
      0x03,
    ]);
    expect(readHeaderSize(jpeg)).toEqual({ format: 'jpeg', width: 640, height: 480 });
    const vp8x = bytes(
      'RIFF',
      [0, 0, 0, 0],
      'WEBP',
      'VP8X',
      [10, 0, 0, 0],
      [0, 0, 0, 0],
      [0x3f, 0x1f, 0x00],
      [0x0f, 0x27, 0x00],
    );
    expect(readHeaderSize(vp8x)).toEqual({ format: 'webp', width: 8000, height: 10000 });
  });

  it('returns null for other data or a header cut short', () => {
    expect(readHeaderSize(bytes('hello, this is not an image'))).toBeNull();
    expect(readHeaderSize(new Uint8Array(0))).toBeNull();
    expect(readHeaderSize(bytes([0x89], 'PNG'))).toBeNull();
  });
});
