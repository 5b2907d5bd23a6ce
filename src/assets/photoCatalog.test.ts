import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displaySrc, displaySrcSet, displayVersions, PHOTOS, photoPath } from './photoCatalog';

const publicFile = (path: string) => new URL(`../../public/${path}`, import.meta.url);

/** Width and height in a WebP file's header (lossy VP8, lossless VP8L or extended VP8X). */
function webpSize(file: Buffer): { width: number; height: number } {
  expect(file.toString('latin1', 0, 4)).toBe('RIFF');
  expect(file.toString('latin1', 8, 12)).toBe('WEBP');
  const kind = file.toString('latin1', 12, 16);
  if (kind === 'VP8 ')
    return { width: file.readUInt16LE(26) & 0x3fff, height: file.readUInt16LE(28) & 0x3fff };
  if (kind === 'VP8L') {
    const bits = file.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (kind === 'VP8X') return { width: file.readUIntLE(24, 3) + 1, height: file.readUIntLE(27, 3) + 1 };
  throw new Error(`not a WebP image: ${kind}`);
}

describe('photo catalogue', () => {
  it('has the PNG original of every photo, at the listed size', () => {
    for (const info of PHOTOS) {
      const png = readFileSync(publicFile(photoPath(info)));
      expect(png.readUInt32BE(16), info.id).toBe(info.width);
      expect(png.readUInt32BE(20), info.id).toBe(info.height);
    }
  });

  it('lists display widths ascending up to the original width, each a WebP file of that size', () => {
    for (const info of PHOTOS) {
      expect(info.displayWidths.length, info.id).toBeGreaterThan(0);
      expect([...info.displayWidths].sort((a, b) => a - b)).toEqual(info.displayWidths);
      expect(info.displayWidths.at(-1), info.id).toBe(info.width);
      for (const v of displayVersions(info)) {
        const file = publicFile(v.src);
        expect(existsSync(file), `${v.src} (run npm run photos)`).toBe(true);
        expect(webpSize(readFileSync(file)), v.src).toEqual({ width: v.width, height: v.height });
      }
    }
  });

  it('keeps the aspect ratio in the display heights', () => {
    const coffee = PHOTOS.find((p) => p.id === 'coffee')!;
    expect(displayVersions(coffee).map((v) => [v.width, v.height])).toEqual([
      [300, 200],
      [450, 300],
      [600, 400],
    ]);
  });

  it('writes a srcset of every copy with its width', () => {
    const astronaut = PHOTOS.find((p) => p.id === 'astronaut')!;
    expect(displaySrcSet(astronaut)).toBe(
      'images/display/astronaut-256.webp 256w, images/display/astronaut-384.webp 384w, images/display/astronaut-512.webp 512w',
    );
  });

  it('picks the narrowest copy wide enough, the widest by default, the original without copies', () => {
    const astronaut = PHOTOS.find((p) => p.id === 'astronaut')!;
    expect(displaySrc(astronaut)).toBe('images/display/astronaut-512.webp');
    expect(displaySrc(astronaut, 300)).toBe('images/display/astronaut-384.webp');
    expect(displaySrc(astronaut, 100)).toBe('images/display/astronaut-256.webp');
    expect(displaySrc(astronaut, 2000)).toBe('images/display/astronaut-512.webp');
    const bare = { id: 'x', file: 'x.png', width: 10, height: 10 };
    expect(displaySrc(bare)).toBe('images/x.png');
    expect(displaySrcSet(bare)).toBe('');
  });
});
