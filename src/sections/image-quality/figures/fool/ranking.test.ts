import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreement, moveItem, ranksByOrder, ranksByValue } from './ranking';

describe('rankings', () => {
  it('ranks larger values first, ties share a rank, undefined comes last', () => {
    expect(ranksByValue([28.2, 24.2, 20.1, 29.3])).toEqual([2, 3, 4, 1]);
    expect(ranksByValue([5, 7, 5, 1])).toEqual([2, 1, 2, 4]);
    expect(ranksByValue([3, undefined, Infinity])).toEqual([2, 3, 1]);
    expect(ranksByValue([1, 1.04, 2], 0.05)).toEqual([2, 2, 1]);
  });

  it('gives a permutation of 1..n for distinct values', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ noNaN: true }), {
          minLength: 1,
          maxLength: 8,
          // 0 and -0 are equal values (a tie), though SameValue calls them different
          comparator: 'IsStrictlyEqual',
        }),
        (xs) => {
          expect([...ranksByValue(xs)].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i + 1));
        },
      ),
    );
  });

  it('reads ranks from an order and counts agreements', () => {
    expect(ranksByOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([2, 3, 1]);
    expect(agreement([1, 2, 3, 4], [1, 3, 2, 4])).toBe(2);
  });

  it('moves an item up or down, and not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
