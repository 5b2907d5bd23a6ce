import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { medianInPlace } from './median';

describe('medianInPlace', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(medianInPlace(new Float64Array([3, 1, 2]))).toBe(2);
    expect(medianInPlace(new Float64Array([4, 1, 3, 2]))).toBe(2.5);
    expect(medianInPlace(new Float64Array([5, 5, 5, 5]))).toBe(5);
    expect(medianInPlace(new Float64Array([7]))).toBe(7);
    expect(medianInPlace(new Float64Array([]))).toBeNaN();
  });

  it('agrees with sorting, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n % 2 === 1 ? sorted[n >> 1]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
        expect(medianInPlace(Float64Array.from(xs))).toBe(expected);
      }),
    );
  });
});
