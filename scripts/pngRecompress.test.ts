import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngChunks, pngFile, recompressPng } from './pngRecompress';

/** A tiny RGB PNG (4x2, filter 0) whose image data is stored with zlib level 0, split over two IDATs. */
function storedPng(): Buffer {
  const raw = Buffer.from([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
  ]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const stream = deflateSync(Buffer.concat([raw, raw, raw]), { level: 0 });
  return pngFile([
    { type: 'IHDR', data: ihdr },
    { type: 'tEXt', data: Buffer.from('Comment\0kept') },
    { type: 'IDAT', data: stream.subarray(0, 10) },
    { type: 'IDAT', data: stream.subarray(10) },
    { type: 'IEND', data: Buffer.alloc(0) },
  ]);
}

const imageData = (png: Buffer) =>
  inflateSync(
    Buffer.concat(
      pngChunks(png)
        .filter((c) => c.type === 'IDAT')
        .map((c) => c.data),
    ),
  );

describe('lossless PNG recompression', () => {
  it('writes chunks that read back the same', () => {
    const png = storedPng();
    expect(pngFile(pngChunks(png)).equals(png)).toBe(true);
  });

  it('shrinks stored image data into one IDAT with the same inflated bytes and the other chunks kept', () => {
    const png = storedPng();
    const out = recompressPng(png)!;
    expect(out.length).toBeLessThan(png.length);
    expect(imageData(out).equals(imageData(png))).toBe(true);
    expect(pngChunks(out).map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'IDAT', 'IEND']);
    expect(pngChunks(out)[1]!.data.toString('latin1')).toBe('Comment\0kept');
  });

  it('leaves a file alone when it cannot get smaller (running twice changes nothing)', () => {
    const once = recompressPng(storedPng())!;
    expect(recompressPng(once)).toBeNull();
  });

  it('finds nothing left to gain in the shipped photos (npm run photos already ran)', () => {
    for (const name of ['astronaut', 'coffee']) {
      const png = readFileSync(new URL(`../public/images/${name}.png`, import.meta.url));
      expect(recompressPng(png), name).toBeNull();
    }
  });

  it('rejects a file that is not a PNG', () => {
    expect(() => pngChunks(Buffer.from('GIF89a'))).toThrow('not a PNG');
  });
});
