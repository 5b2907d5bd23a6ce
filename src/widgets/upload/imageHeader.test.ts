import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHeaderSize } from './imageHeader';
import { jpegWithSofAfter } from './testJpeg';

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
    expect(readHeaderSize(bytes('GIF89a', [0x40, 0x01, 0xf0, 0x00, 0, 0, 0, 0x3b]))).toEqual({
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

describe('image header sizes behind padding (review F3)', () => {
  it('finds a JPEG frame size that sits after more than 64 KB of APP segments', () => {
    const file = jpegWithSofAfter(2, 20000, 12000);
    expect(file.length).toBeGreaterThan(128_000);
    expect(readHeaderSize(file)).toEqual({ format: 'jpeg', width: 20000, height: 12000 });
  });

  it('gives no size for a JPEG whose scan starts before any frame header', () => {
    const sosFirst = bytes([
      0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0xff, 0xc0, 0, 0x11, 8, 0x2e,
    ]);
    expect(readHeaderSize(sosFirst)).toBeNull();
    expect(readHeaderSize(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });

  it('grows a GIF to its largest frame, past extensions and image data', () => {
    const gif = bytes(
      'GIF89a',
      [10, 0, 10, 0, 0x80, 0, 0], // 10 x 10 screen, global colour table of 2 entries
      [0, 0, 0, 255, 255, 255],
      [0x21, 0xf9, 4, 0, 0, 0, 0, 0], // graphic control extension
      [0x2c, 0, 0, 0, 0, 10, 0, 10, 0, 0, 2, 2, 0x44, 0x01, 0], // 10 x 10 frame
      [0x2c, 0x10, 0x27, 0, 0, 0x40, 0x1f, 1, 0, 0, 2, 1, 0x44, 0], // 8000 x 1 frame at x = 10,000
      [0x3b],
    );
    expect(readHeaderSize(gif)).toEqual({ format: 'gif', width: 18000, height: 10 });
  });
});
