import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brushOffsets, paintSegment, segmentPixels, stamp } from './brush';

function blank(width: number, height: number, fill = 0) {
  return { width, height, data: new Uint8Array(width * height).fill(fill) };
}

describe('brushOffsets', () => {
  it('size 1 is a single pixel', () => {
    expect(brushOffsets(1)).toEqual([[0, 0]]);
  });

  it('size 2 is a plus of five pixels', () => {
    expect(brushOffsets(2).sort()).toEqual(
      [
        [-1, 0],
        [0, -1],
        [0, 0],
        [0, 1],
        [1, 0],
      ].sort(),
    );
  });

  it('size 3 is a 3 x 3 square (corners are 1.41 < 1.5 away)', () => {
    expect(brushOffsets(3)).toHaveLength(9);
  });

  it('size 5 is a disc of 21 pixels (the 5 x 5 square minus its corners)', () => {
    expect(brushOffsets(5)).toHaveLength(21);
  });

  it('refuses sizes that are not positive integers', () => {
    expect(() => brushOffsets(0)).toThrow(RangeError);
    expect(() => brushOffsets(2.5)).toThrow(RangeError);
  });

  it('grows with the size and stays symmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (size) => {
        const a = brushOffsets(size);
        const b = brushOffsets(size + 1);
        expect(b.length).toBeGreaterThanOrEqual(a.length);
        const keys = new Set(a.map(([x, y]) => `${x},${y}`));
        for (const [x, y] of a) {
          expect(keys.has(`${-x},${y}`) && keys.has(`${x},${-y}`) && keys.has(`${y},${x}`)).toBe(true);
        }
      }),
    );
  });
});

describe('stamp', () => {
  it('writes the class around the centre and counts changed pixels', () => {
    const t = blank(5, 5);
    expect(stamp(t, 2, 2, 3, 2)).toBe(9);
    expect(Array.from(t.data)).toEqual([
      0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 2, 2, 2, 0, 0, 2, 2, 2, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('counts only pixels that change class', () => {
    const t = blank(5, 5);
    stamp(t, 2, 2, 1, 3);
    expect(stamp(t, 2, 2, 3, 3)).toBe(8);
    expect(stamp(t, 2, 2, 3, 3)).toBe(0);
  });

  it('clips at the border', () => {
    const t = blank(4, 4);
    expect(stamp(t, 0, 0, 3, 1)).toBe(4);
    expect(stamp(t, -10, -10, 3, 1)).toBe(0);
  });

  it('rounds a fractional centre to the nearest pixel', () => {
    const t = blank(3, 3);
    stamp(t, 1.4, 0.6, 1, 1);
    expect(t.data[1 * 3 + 1]).toBe(1);
  });
});

describe('segmentPixels', () => {
  it('includes both ends', () => {
    expect(segmentPixels(0, 0, 3, 0)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it('is a single pixel for a zero-length segment', () => {
    expect(segmentPixels(2, 3, 2, 3)).toEqual([[2, 3]]);
  });

  it('leaves no gaps: consecutive pixels are 8-neighbours', () => {
    const coord = fc.integer({ min: -50, max: 50 });
    fc.assert(
      fc.property(coord, coord, coord, coord, (ax, ay, bx, by) => {
        const pts = segmentPixels(ax, ay, bx, by);
        expect(pts[0]).toEqual([ax, ay]);
        expect(pts[pts.length - 1]).toEqual([bx, by]);
        for (let k = 1; k < pts.length; k++) {
          const [x0, y0] = pts[k - 1]!;
          const [x1, y1] = pts[k]!;
          expect(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))).toBe(1);
        }
      }),
    );
  });
});

describe('paintSegment', () => {
  it('paints a diagonal stroke of width 1 with one pixel per step', () => {
    const t = blank(4, 4);
    expect(paintSegment(t, 0, 0, 3, 3, 1, 3)).toBe(4);
    expect([0, 5, 10, 15].map((i) => t.data[i])).toEqual([3, 3, 3, 3]);
  });

  it('paints every pixel the segment passes through, whatever the brush', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1, max: 6 }),
        (ax, ay, bx, by, size) => {
          const t = blank(20, 15);
          const changed = paintSegment(t, ax, ay, bx, by, size, 2);
          for (const [x, y] of segmentPixels(ax, ay, bx, by)) expect(t.data[y * 20 + x]).toBe(2);
          expect(changed).toBe(t.data.reduce((n, v) => n + (v === 2 ? 1 : 0), 0));
        },
      ),
    );
  });
});
