import { describe, expect, it } from 'vitest';
import { encode } from 'fast-png';
import { decodePng, labelMapFromPng } from './png';
import { LabInputError } from '../jobs/types';

const palette = [
  [0, 0, 0],
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
];

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LabInputError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
}

describe('decodePng', () => {
  it('keeps palette indices (not colours)', () => {
    const bytes = encode({
      width: 3,
      height: 1,
      data: new Uint8Array([3, 1, 2]),
      depth: 8,
      channels: 1,
      palette,
    });
    const png = decodePng(bytes, 'a.png');
    expect(png).toMatchObject({ width: 3, height: 1, channels: 1, depth: 8 });
    expect(Array.from(png.data)).toEqual([3, 1, 2]);
    expect(png.palette?.[1]).toEqual([255, 0, 0]);
    expect(labelMapFromPng(png, 'a.png').source).toBe('palette');
  });

  it('unpacks 4-bit palette and 2-bit grey images to one id per pixel', () => {
    const p4 = encode({
      width: 3,
      height: 2,
      data: new Uint8Array([0x01, 0x20, 0x32, 0x10]),
      depth: 4,
      channels: 1,
      palette,
    });
    expect(Array.from(decodePng(p4, 'p4.png').data)).toEqual([0, 1, 2, 3, 2, 1]);
    const g2 = encode({ width: 4, height: 1, data: new Uint8Array([0b00011011]), depth: 2, channels: 1 });
    expect(Array.from(decodePng(g2, 'g2.png').data)).toEqual([0, 1, 2, 3]);
  });

  it('reads interlaced (Adam7) images', () => {
    const data = new Uint8Array(Array.from({ length: 35 }, (_, i) => i % 7));
    const bytes = encode({ width: 7, height: 5, data, depth: 8, channels: 1 }, { interlace: 'Adam7' });
    expect(Array.from(decodePng(bytes, 'i.png').data)).toEqual(Array.from(data));
  });

  it('keeps 16-bit values above 255', () => {
    const bytes = encode({
      width: 2,
      height: 2,
      data: new Uint16Array([0, 256, 1000, 65535]),
      depth: 16,
      channels: 1,
    });
    const png = decodePng(bytes.buffer as ArrayBuffer, 'deep.png');
    expect(png.depth).toBe(16);
    expect(png.data).toBeInstanceOf(Uint16Array);
    expect(Array.from(labelMapFromPng(png, 'deep.png').data)).toEqual([0, 256, 1000, 65535]);
  });

  it('names the file for empty, non-PNG and truncated input', () => {
    expect(message(() => decodePng(new Uint8Array(0), 'e.png'))).toBe('e.png: the file is empty');
    expect(message(() => decodePng(new TextEncoder().encode('hello, not a png'), 'x.png'))).toMatch(
      /^x\.png: not a PNG/,
    );
    const ok = encode({ width: 8, height: 8, data: new Uint8Array(64).fill(1), depth: 8, channels: 1 });
    expect(message(() => decodePng(ok.subarray(0, 40), 't.png'))).toMatch(
      /^t\.png: corrupt or truncated PNG/,
    );
  });
});

describe('labelMapFromPng', () => {
  it('reads grey RGB as ids and refuses colour, naming the pixel', () => {
    const grey = encode({
      width: 2,
      height: 1,
      data: new Uint8Array([4, 4, 4, 7, 7, 7]),
      depth: 8,
      channels: 3,
    });
    const map = labelMapFromPng(decodePng(grey, 'g.png'), 'g.png');
    expect(map.source).toBe('grey-rgb');
    expect(Array.from(map.data)).toEqual([4, 7]);
    const colour = encode({
      width: 2,
      height: 1,
      data: new Uint8Array([1, 1, 1, 200, 30, 30]),
      depth: 8,
      channels: 3,
    });
    expect(message(() => labelMapFromPng(decodePng(colour, 'c.png'), 'c.png'))).toMatch(
      /^c\.png, pixel \(1, 0\): colour \(200, 30, 30\)/,
    );
  });

  it('drops the alpha of grey + alpha images', () => {
    const ga = encode({ width: 2, height: 1, data: new Uint8Array([5, 255, 6, 0]), depth: 8, channels: 2 });
    expect(Array.from(labelMapFromPng(decodePng(ga, 'ga.png'), 'ga.png').data)).toEqual([5, 6]);
  });
});
