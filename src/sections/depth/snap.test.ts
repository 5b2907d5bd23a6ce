import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snap } from './snap';

describe('snap', () => {
  it('lands on the grid without floating-point tails', () => {
    expect(snap(9.900000000000002, 0.1)).toBe(9.9);
    expect(snap(1.52, 0.05)).toBe(1.5);
    expect(snap(1.53, 0.05)).toBe(1.55);
    expect(snap(2.26, 0.5)).toBe(2.5);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        (k) => snap(k * 0.05, 0.05) === Number((k / 20).toFixed(2)),
      ),
    );
  });

  it('moves a value by at most half a step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.constantFrom(0.05, 0.1, 0.5, 1),
        (x, step) => {
          return Math.abs(snap(x, step) - x) <= step / 2 + 1e-9;
        },
      ),
    );
  });
});
