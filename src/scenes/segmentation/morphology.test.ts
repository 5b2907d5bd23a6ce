import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { components, dilateClass, removeSmallComponents } from './morphology';

function map(rows: string[]) {
  const width = rows[0]!.length;
  return { width, height: rows.length, data: Uint8Array.from(rows.join(''), (c) => Number(c)) };
}

describe('dilateClass', () => {
  it('grows a single pixel into a 3 x 3 square with brush size 3', () => {
    const m = map(['00000', '00000', '00200', '00000', '00000']);
    const out = dilateClass(m, 2, 3);
    expect(out.reduce((n, v) => n + (v === 2 ? 1 : 0), 0)).toBe(9);
    expect(out[1 * 5 + 1]).toBe(2);
    expect(out[0]).toBe(0);
  });

  it('clips at the border and leaves the input untouched', () => {
    const m = map(['100', '000']);
    const out = dilateClass(m, 1, 3);
    expect(Array.from(out)).toEqual([1, 1, 0, 1, 1, 0]);
    expect(Array.from(m.data)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('never shrinks the class', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }), (cells) => {
        const m = { width: 4, height: 3, data: Uint8Array.from(cells) };
        const out = dilateClass(m, 2, 3);
        cells.forEach((c, i) => {
          if (c === 2) expect(out[i]).toBe(2);
        });
      }),
    );
  });
});

describe('components', () => {
  it('finds 4-connected pieces per class and skips background', () => {
    const m = map(['1100', '0100', '0022', '3020']);
    const got = components(m).map((c) => [c.cls, c.pixels.length]);
    expect(got).toEqual([
      [1, 3],
      [2, 3],
      [3, 1],
    ]);
  });

  it('does not join pieces that touch only at a corner', () => {
    expect(components(map(['10', '01']))).toHaveLength(2);
  });

  it('covers every non-background pixel exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 20, maxLength: 20 }), (cells) => {
        const m = { width: 5, height: 4, data: Uint8Array.from(cells) };
        const all = components(m).flatMap((c) => c.pixels);
        expect(new Set(all).size).toBe(all.length);
        expect(all.length).toBe(cells.filter((c) => c !== 0).length);
      }),
    );
  });
});

describe('removeSmallComponents', () => {
  it('erases pieces under the area and keeps the others', () => {
    const m = map(['1100', '0100', '0002', '3000']);
    expect(Array.from(removeSmallComponents(m, 2))).toEqual(
      Array.from(map(['1100', '0100', '0000', '0000']).data),
    );
  });
});
