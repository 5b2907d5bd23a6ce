import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHOTOS } from '../assets/photoCatalog';
import { IMAGE_CREDITS } from './credits';

const IMAGES = new URL('../../public/images/', import.meta.url);

/** The rows of the project's copy of the shared ATTRIBUTION.md table: file, what, size, licence. */
function attributionRows(): string[][] {
  const text = readFileSync(new URL('ATTRIBUTION.md', IMAGES), 'utf8');
  return text
    .split('\n')
    .filter((line) => /^\|\s*[\w-]+\.(png|jpg)\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** The photographs the build ships: the image files in public/images (not its subfolders). */
function shippedPhotos(): string[] {
  return readdirSync(IMAGES, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(png|jpe?g|webp)$/i.test(e.name))
    .map((e) => e.name)
    .sort();
}

const plain = (s: string) => s.replace(/[“”"]/g, '"').replace(/×/g, 'x').replace(/grey/g, 'gray');

describe('image credits of the about page', () => {
  it('credit exactly the photographs that ship, and the photo catalogue uses exactly those', () => {
    expect(IMAGE_CREDITS.map((c) => c.file).sort()).toEqual(shippedPhotos());
    expect(PHOTOS.map((p) => p.file).sort()).toEqual(shippedPhotos());
  });

  it('ship display copies only of credited photographs', () => {
    const credited = new Set(IMAGE_CREDITS.map((c) => c.file.replace(/\.\w+$/, '')));
    const copies = readdirSync(new URL('display/', IMAGES)).filter((f) => /\.(webp|png|jpe?g)$/i.test(f));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(credited.has(copy.replace(/-\d+\.\w+$/, '')), copy).toBe(true);
  });

  it('credit each photograph with the description, size and licence of ATTRIBUTION.md', () => {
    const rows = attributionRows();
    for (const credit of IMAGE_CREDITS) {
      const row = rows.find((r) => r[0] === credit.file);
      expect(row, credit.file).toBeDefined();
      const [, what, size, licence] = row!;
      expect(plain(credit.what)).toBe(plain(what!));
      expect(plain(credit.size)).toBe(plain(size!));
      expect(plain(credit.licence)).toBe(plain(licence!));
    }
  });
});
