import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByScoreDesc } from './scoreOrder';

const reference = (s: number[]): number[] =>
  s.map((_, i) => i).sort((a, b) => (s[a]! > s[b]! ? -1 : s[a]! < s[b]! ? 1 : a - b));

describe('orderByScoreDesc', () => {
  it('orders by descending score and keeps input order for ties', () => {
    expect(Array.from(orderByScoreDesc([0.5, 0.9, 0.5, -1, 0.9, 2]))).toEqual([5, 1, 4, 0, 2, 3]);
    expect(Array.from(orderByScoreDesc([]))).toEqual([]);
  });

  it('treats -0 and 0 as equal, as numpy does', () => {
    expect(Array.from(orderByScoreDesc([-0, 0, -0]))).toEqual([0, 1, 2]);
  });

  it('equals a stable comparison sort on any finite scores', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(0, -0, 0.5, 1, -1, 1e-300, -1e-300, Number.MAX_VALUE, -Number.MAX_VALUE),
          ),
          { maxLength: 200 },
        ),
        (scores) => {
          expect(Array.from(orderByScoreDesc(scores))).toEqual(reference(scores));
        },
      ),
    );
  });
});
