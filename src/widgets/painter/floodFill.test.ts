import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { floodFill } from './floodFill';

function map(rows: string[]) {
  const height = rows.length;
  const width = rows[0]!.length;
  const data = new Uint8Array(width * height);
  rows.forEach((r, y) => [...r].forEach((ch, x) => (data[y * width + x] = Number(ch))));
  return { width, height, data };
}

function rows(t: { width: number; data: Uint8Array }): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.data.length; i += t.width)
    out.push(Array.from(t.data.subarray(i, i + t.width)).join(''));
  return out;
}

describe('floodFill', () => {
  it('fills the 4-connected region of the seed class and nothing else', () => {
    const t = map(['0010', '0010', '1100', '0001']);
    expect(floodFill(t, 0, 0, 2)).toBe(4);
    expect(rows(t)).toEqual(['2210', '2210', '1100', '0001']);
  });

  it('does not leak through diagonal gaps (4-connectivity)', () => {
    const t = map(['01', '10']);
    expect(floodFill(t, 0, 0, 3)).toBe(1);
    expect(rows(t)).toEqual(['31', '10']);
  });

  it('fills a whole uniform map', () => {
    const t = map(['000', '000']);
    expect(floodFill(t, 2, 1, 1)).toBe(6);
    expect(rows(t)).toEqual(['111', '111']);
  });

  it('is a no-op when the seed already has the class or lies outside', () => {
    const t = map(['01', '10']);
    expect(floodFill(t, 1, 0, 1)).toBe(0);
    expect(floodFill(t, 5, 0, 2)).toBe(0);
    expect(floodFill(t, -1, 0, 2)).toBe(0);
    expect(rows(t)).toEqual(['01', '10']);
  });

  it('handles a 160 x 120 map without running out of stack', () => {
    const t = { width: 160, height: 120, data: new Uint8Array(160 * 120) };
    expect(floodFill(t, 80, 60, 2)).toBe(160 * 120);
  });

  it('changes exactly the pixels connected to the seed, all to the new class', () => {
    const grid = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 })).chain(([w, h]) =>
      fc.record({
        w: fc.constant(w),
        h: fc.constant(h),
        cells: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: w * h, maxLength: w * h }),
        sx: fc.integer({ min: 0, max: w - 1 }),
        sy: fc.integer({ min: 0, max: h - 1 }),
      }),
    );
    fc.assert(
      fc.property(grid, ({ w, h, cells, sx, sy }) => {
        const t = { width: w, height: h, data: Uint8Array.from(cells) };
        const before = t.data.slice();
        const changed = floodFill(t, sx, sy, 3);
        // Reference: breadth-first search over the original map.
        const seedClass = before[sy * w + sx]!;
        const seen = new Set<number>([sy * w + sx]);
        const queue = [sy * w + sx];
        while (queue.length) {
          const i = queue.shift()!;
          const x = i % w;
          const y = Math.floor(i / w);
          for (const [nx, ny] of [
            [x - 1, y],
            [x + 1, y],
            [x, y - 1],
            [x, y + 1],
          ] as const) {
            const j = ny * w + nx;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen.has(j) && before[j] === seedClass) {
              seen.add(j);
              queue.push(j);
            }
          }
        }
        expect(changed).toBe(seen.size);
        for (let i = 0; i < w * h; i++) expect(t.data[i]).toBe(seen.has(i) ? 3 : before[i]);
      }),
    );
  });
});
