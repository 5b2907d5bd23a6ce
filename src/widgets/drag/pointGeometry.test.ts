import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { movePointIn, samePoint } from './pointGeometry';

const REGION = [10, 20, 110, 220] as const;

describe('movePointIn', () => {
  it('moves by whole pixels, rounding the pointer delta', () => {
    expect(movePointIn([50, 60], 2.4, -3.6, REGION)).toEqual([52, 56]);
  });

  it('stops at the edges of the region', () => {
    expect(movePointIn([12, 30], -10, 500, REGION)).toEqual([10, 220]);
  });

  it('always lands on an integer pixel inside the region', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 110 }),
        fc.integer({ min: 20, max: 220 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (x, y, dx, dy) => {
          const [nx, ny] = movePointIn([x, y], dx, dy, REGION);
          expect(Number.isInteger(nx) && Number.isInteger(ny)).toBe(true);
          expect(nx >= 10 && nx <= 110 && ny >= 20 && ny <= 220).toBe(true);
        },
      ),
    );
  });
});

describe('samePoint', () => {
  it('compares both coordinates', () => {
    expect(samePoint([1, 2], [1, 2])).toBe(true);
    expect(samePoint([1, 2], [2, 1])).toBe(false);
  });
});
