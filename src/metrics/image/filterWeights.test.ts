import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianRadius, gaussianWeights, reflectIndex, uniformWeights } from './filterWeights';

describe('filter weights and the reflect border', () => {
  it('uses scipy radius int(3.5 sigma + 0.5): 5 for sigma 1.5 (an 11-tap window)', () => {
    expect(gaussianRadius(1.5)).toBe(5);
    expect(gaussianRadius(0.1)).toBe(0);
    expect(gaussianWeights(1.5).length).toBe(11);
  });

  it('normalises symmetric Gaussian weights to sum 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 6, noNaN: true }), (sigma) => {
        const w = gaussianWeights(sigma);
        expect(Math.abs(w.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-14);
        for (let k = 0; k < w.length; k++) expect(w[k]).toBe(w[w.length - 1 - k]);
      }),
    );
    const w = gaussianWeights(1);
    const r = gaussianRadius(1); // int(3.5 + 0.5) = 4
    expect(w.length).toBe(2 * r + 1);
    // Ratio of the centre tap to its neighbour is exp(1/2); to the end tap exp(r^2 / 2).
    expect(w[r]! / w[r - 1]!).toBeCloseTo(Math.exp(0.5), 14);
    expect(w[r]! / w[0]!).toBeCloseTo(Math.exp(8), 10);
  });

  it('makes box weights 1/size', () => {
    expect(Array.from(uniformWeights(3))).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('reflects as d c b a | a b c d | d c b a, periodically beyond one period', () => {
    const n = 4;
    const got = [];
    for (let i = -8; i < 12; i++) got.push(reflectIndex(i, n));
    expect(got).toEqual([0, 1, 2, 3, 3, 2, 1, 0, 0, 1, 2, 3, 3, 2, 1, 0, 0, 1, 2, 3]);
    expect(reflectIndex(-5, 1)).toBe(0);
  });
});
