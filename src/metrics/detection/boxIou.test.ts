import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxIou } from './boxIou';
import type { BoxXywh } from '../types';

const box = fc
  .tuple(
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
  )
  .map((b): BoxXywh => b);

/** Boxes on a 0.01 grid, so rounding stays far below the test tolerance. */
const gridBox = fc
  .tuple(
    fc.integer({ min: -10000, max: 10000 }),
    fc.integer({ min: -10000, max: 10000 }),
    fc.integer({ min: 0, max: 10000 }),
    fc.integer({ min: 0, max: 10000 }),
  )
  .map((b): BoxXywh => [b[0] / 100, b[1] / 100, b[2] / 100, b[3] / 100]);

describe('boxIou', () => {
  it('matches hand-worked overlaps', () => {
    expect(boxIou([0, 0, 10, 10], [5, 5, 10, 10])).toBeCloseTo(25 / 175, 15);
    expect(boxIou([10, 10, 40, 30], [20, 15, 10, 10])).toBeCloseTo(100 / 1200, 15);
    expect(boxIou([0, 0, 10, 10], [0, 0, 10, 20])).toBe(0.5);
  });

  it('is 1 for identical boxes and 0 for disjoint or edge-touching boxes', () => {
    expect(boxIou([3.5, 7.25, 20.5, 11], [3.5, 7.25, 20.5, 11])).toBe(1);
    expect(boxIou([0, 0, 10, 10], [50, 50, 5, 5])).toBe(0);
    expect(boxIou([0, 0, 10, 10], [10, 0, 10, 10])).toBe(0);
  });

  it('gives 0 for a zero-area box against a box with area, and null when the union is 0', () => {
    expect(boxIou([5, 5, 0, 10], [0, 0, 20, 20])).toBe(0);
    expect(boxIou([12.5, 7, 0, 0], [12.5, 7, 0, 0])).toBeNull();
    expect(boxIou([0, 0, 0, 5], [3, 3, 4, 0])).toBeNull();
  });

  it('refuses negative sizes and non-finite coordinates, naming the box', () => {
    expect(() => boxIou([0, 0, -1, 5], [0, 0, 1, 1])).toThrow(/^a: /);
    expect(() => boxIou([0, 0, 1, 1], [0, 0, 1, -5])).toThrow(/^b: /);
    expect(() => boxIou([0, NaN, 1, 1], [0, 0, 1, 1])).toThrow(/^a: /);
    expect(() => boxIou([0, 0, 1] as unknown as BoxXywh, [0, 0, 1, 1])).toThrow(/^a: /);
  });

  it('is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(box, box, (a, b) => {
        const ab = boxIou(a, b);
        expect(boxIou(b, a)).toBe(ab);
        if (ab !== null) {
          expect(ab).toBeGreaterThanOrEqual(0);
          expect(ab).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('is 1 for a box with area against itself and unchanged by a common shift', () => {
    fc.assert(
      fc.property(gridBox, gridBox, fc.integer({ min: -50, max: 50 }), (a, b, d) => {
        if (a[2] * a[3] > 0) expect(boxIou(a, a)).toBeCloseTo(1, 9);
        const ab = boxIou(a, b);
        const shifted = boxIou([a[0] + d, a[1] - d, a[2], a[3]], [b[0] + d, b[1] - d, b[2], b[3]]);
        if (ab === null) expect(shifted).toBeNull();
        else expect(shifted).toBeCloseTo(ab, 6);
      }),
    );
  });
});
