import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_CREDITS } from './credits';

/** The rows of the project's copy of the shared ATTRIBUTION.md table: file, what, size, licence. */
function attributionRows(): string[][] {
  const text = readFileSync(new URL('../../public/images/ATTRIBUTION.md', import.meta.url), 'utf8');
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

const plain = (s: string) => s.replace(/[“”"]/g, '"').replace(/×/g, 'x').replace(/grey/g, 'gray');

describe('image credits of the about page', () => {
  it('credit every photograph of ATTRIBUTION.md with its description, size and licence', () => {
    const rows = attributionRows();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const [file, what, size, licence] of rows) {
      const credit = IMAGE_CREDITS.find((c) => c.file === file);
      expect(credit, file).toBeDefined();
      expect(plain(credit!.what)).toBe(plain(what!));
      expect(plain(credit!.size)).toBe(plain(size!));
      expect(plain(credit!.licence)).toBe(plain(licence!));
    }
    expect(IMAGE_CREDITS).toHaveLength(rows.length);
  });
});
