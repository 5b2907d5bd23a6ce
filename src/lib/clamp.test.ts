import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clamp } from './clamp';

describe('clamp', () => {
  it('keeps a value inside the range and pins values outside it to the nearer end', () => {
    expect(clamp(5, 0, 10)).toBe(5);
    expect(clamp(-3, 0, 10)).toBe(0);
    expect(clamp(12, 0, 10)).toBe(10);
    expect(clamp(0, 0, 10)).toBe(0);
    expect(clamp(10, 0, 10)).toBe(10);
  });

  it('gives the upper bound when the range is empty (lo > hi)', () => {
    expect(clamp(5, 8, 2)).toBe(2);
  });

  it('always lands in [lo, hi] and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, min: 0, max: 1e6 }),
        (v, lo, span) => {
          const hi = lo + span;
          const c = clamp(v, lo, hi);
          expect(c).toBeGreaterThanOrEqual(lo);
          expect(c).toBeLessThanOrEqual(hi);
          expect(clamp(c, lo, hi)).toBe(c);
        },
      ),
    );
  });
});
