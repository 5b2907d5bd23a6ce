import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorDirection, growBox, missedSet, simulateDetector } from './detector';
import { boxArbitrary } from '../../lib/geometry.arbitraries.test-helper';

const size = { width: 100, height: 80 };
const boxArb = boxArbitrary({ maxX: 80, maxY: 60, minSide: 2, maxSide: 20 });

describe('detector', () => {
  it('grows a box about its centre and clips it to the image', () => {
    expect(growBox([10, 10, 20, 10], 1.5, size)).toEqual([5, 8, 30, 15]);
    expect(growBox([0, 0, 20, 10], 2, size)).toEqual([0, 0, 30, 15]);
    expect(growBox([10, 10, 20, 10], 1, size)).toEqual([10, 10, 20, 10]);
    expect(growBox([10, 10, 20, 10], 1.3, size, false)).toEqual([7, 8.5, 26, 13]);
  });

  it('points errors in unit directions', () => {
    for (let i = 0; i < 10; i++) expect(Math.hypot(...errorDirection(i))).toBeCloseTo(1, 12);
    expect(errorDirection(0)).toEqual([1, 0]);
  });

  it('misses exactly round(rate · n) objects', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const s = missedSet(n, r);
        return s.size === Math.round(r * n) && [...s].every((i) => i >= 0 && i < n);
      }),
    );
  });

  it('outputs boxes of the same size inside the image, with scores falling in object order', () => {
    fc.assert(
      fc.property(
        fc.array(boxArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 20 }),
        (boxes, e) => {
          const out = simulateDetector(boxes, e, 0, size);
          expect(out).toHaveLength(boxes.length);
          out.forEach((d, k) => {
            const [x, y, w, h] = d.box;
            expect([w, h]).toEqual([boxes[d.object]![2], boxes[d.object]![3]]);
            expect(x >= 0 && y >= 0 && x + w <= size.width && y + h <= size.height).toBe(true);
            if (k > 0) expect(d.score).toBeLessThan(out[k - 1]!.score);
          });
        },
      ),
    );
  });
});
