import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { polygonArea } from './polygonArea';

describe('polygonArea', () => {
  it('gives the area of hand-worked shapes', () => {
    expect(
      polygonArea([
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
      ]),
    ).toBe(12);
    expect(
      polygonArea([
        [0, 0],
        [4, 0],
        [0, 3],
      ]),
    ).toBe(6);
    // an L shape: 2x2 square plus a 2x1 arm
    expect(
      polygonArea([
        [0, 0],
        [4, 0],
        [4, 1],
        [2, 1],
        [2, 2],
        [0, 2],
      ]),
    ).toBe(6);
  });

  it('is 0 for fewer than three vertices and for collinear ones', () => {
    expect(polygonArea([])).toBe(0);
    expect(
      polygonArea([
        [1, 1],
        [3, 4],
      ]),
    ).toBe(0);
    expect(
      polygonArea([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toBe(0);
  });

  it('ignores orientation and translation, and scales by the square of the factor', () => {
    const point = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }));
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 3, maxLength: 12 }),
        point,
        fc.integer({ min: 1, max: 9 }),
        (poly, [dx, dy], f) => {
          const area = polygonArea(poly);
          expect(polygonArea([...poly].reverse())).toBe(area);
          expect(polygonArea(poly.map(([x, y]) => [x + dx, y + dy] as const))).toBeCloseTo(area, 6);
          expect(polygonArea(poly.map(([x, y]) => [f * x, f * y] as const))).toBeCloseTo(f * f * area, 6);
        },
      ),
    );
  });
});
