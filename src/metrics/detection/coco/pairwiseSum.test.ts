import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseSum } from './pairwiseSum';

describe('pairwiseSum', () => {
  it('adds fewer than 8 values left to right', () => {
    expect(pairwiseSum([1, 2, 3])).toBe(6);
    expect(pairwiseSum([])).toBe(0);
    expect(pairwiseSum([0.1, 0.2, 0.3])).toBe(0.1 + 0.2 + 0.3);
  });

  it('reproduces np.sum where a left-to-right sum differs (1 followed by 200 × 1e-16)', () => {
    // numpy: float(np.sum(np.array([1.0] + [1e-16] * 200))) == 1.0000000000000189; a loop gives 1.0.
    const a = [1, ...Array.from({ length: 200 }, () => 1e-16)];
    expect(a.reduce((s, v) => s + v, 0)).toBe(1);
    expect(pairwiseSum(a)).toBe(1.0000000000000189);
  });

  it('sums a sub-range', () => {
    expect(pairwiseSum([100, 1, 2, 3, 100], 1, 3)).toBe(6);
  });

  it('is exact on small integers, whatever the length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 700 }), (a) => {
        expect(pairwiseSum(a)).toBe(a.reduce((s, v) => s + v, 0));
      }),
    );
  });
});
