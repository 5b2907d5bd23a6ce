import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianBlur, gaussianKernel, reflectIndex } from './blur';
import { MetricInputError } from '../validate';

describe('reflectIndex', () => {
  it('mirrors as scipy reflect: d c b a | a b c d | d c b a', () => {
    const n = 4;
    const left = [-4, -3, -2, -1].map((i) => reflectIndex(i, n));
    const right = [4, 5, 6, 7].map((i) => reflectIndex(i, n));
    expect(left).toEqual([3, 2, 1, 0]);
    expect(right).toEqual([3, 2, 1, 0]);
    expect([0, 1, 2, 3].map((i) => reflectIndex(i, n))).toEqual([0, 1, 2, 3]);
    expect(reflectIndex(8, 4)).toBe(0);
    expect(reflectIndex(-5, 1)).toBe(0);
  });

  it('always lands inside the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (i, n) => {
        const k = reflectIndex(i, n);
        return k >= 0 && k < n && Number.isInteger(k);
      }),
    );
  });
});

describe('gaussianKernel', () => {
  it('has radius floor(4 sigma + 0.5), sums to 1 and is symmetric', () => {
    const k = gaussianKernel(1);
    expect(k.length).toBe(9);
    expect(k.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(k[0]).toBeCloseTo(k[8]!, 15);
    // centre / neighbour ratio exp(1/2)
    expect(k[4]! / k[5]!).toBeCloseTo(Math.exp(0.5), 12);
  });
});

describe('gaussianBlur', () => {
  it('uses the kernel [1] when sigma is too small for a neighbour to count', () => {
    expect(Array.from(gaussianKernel(0.1))).toEqual([1]);
    expect(Array.from(gaussianKernel(5e-324))).toEqual([1]);
  });

  it('returns a copy for sigma 0', () => {
    const d = [1, 2, 3, 4];
    const out = gaussianBlur(d, 2, 2, 0);
    expect(Array.from(out)).toEqual(d);
  });

  it('smears a step edge symmetrically: the two sides meet halfway', () => {
    // a 1 x 8 row: 0 0 0 0 | 10 10 10 10
    const row = [0, 0, 0, 0, 10, 10, 10, 10];
    const out = gaussianBlur(row, 8, 1, 1);
    expect(out[3]! + out[4]!).toBeCloseTo(10, 12);
    expect(out[3]!).toBeGreaterThan(0);
    expect(out[4]!).toBeLessThan(10);
  });

  it('leaves a constant map unchanged and keeps values within the input range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (w, h, sigma, c) => {
          const out = gaussianBlur(new Float64Array(w * h).fill(c), w, h, sigma);
          return out.every((v) => Math.abs(v - c) < 1e-9 * c);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (d) => {
          const out = gaussianBlur(d, 4, 3, 1.5);
          const lo = Math.min(...d);
          const hi = Math.max(...d);
          return out.every((v) => v >= lo - 1e-9 && v <= hi + 1e-9);
        },
      ),
    );
  });

  it('rejects a negative sigma and a wrong data length, naming the argument', () => {
    expect(() => gaussianBlur([1, 2], 2, 1, -1)).toThrow(MetricInputError);
    expect(() => gaussianBlur([1, 2], 2, 1, -1)).toThrow(/sigma/);
    expect(() => gaussianBlur([1, 2, 3], 2, 1, 1)).toThrow(/data/);
    expect(() => gaussianBlur([1, 2], 2, 1, NaN)).toThrow(/sigma/);
  });
});
