import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topk, trueClassRank } from './topk';

const SCORES = [
  [0.1, 0.6, 0.3], // true 1: rank 1
  [0.5, 0.2, 0.3], // true 2: rank 2
  [0.7, 0.2, 0.1], // true 2: rank 3
  [0.4, 0.4, 0.2], // true 1: tied first, rank 1
];
const LABELS = [1, 2, 2, 1];

describe('topk', () => {
  it('matches hand-worked top-1, top-2 and top-3 accuracy', () => {
    expect(topk(SCORES, LABELS, 1).accuracy).toBe(2 / 4);
    expect(topk(SCORES, LABELS, 2).accuracy).toBe(3 / 4);
    expect(topk(SCORES, LABELS, 3).accuracy).toBe(1);
    expect(topk(SCORES, LABELS, 1).ranks).toEqual([1, 2, 3, 1]);
  });

  it('counts a tie with the true class in its favour and caps k at the number of classes', () => {
    expect(trueClassRank([0.25, 0.25, 0.25, 0.25], 3)).toBe(1);
    expect(topk(SCORES, LABELS, 10)).toMatchObject({ accuracy: 1, k: 3 });
  });

  it('is null with no sample and refuses bad input', () => {
    expect(topk([], [], 5).accuracy).toBeNull();
    expect(() => topk(SCORES, [1, 2], 1)).toThrow(/^labels: /);
    expect(() => topk(SCORES, [1, 2, 3, 1], 1)).toThrow(/^labels: /);
    expect(() => topk([[0.5, 0.5], [1]], [0, 0], 1)).toThrow(/^scores: /);
    expect(() => topk(SCORES, LABELS, 0)).toThrow(/^k: /);
  });

  const problem = fc.integer({ min: 1, max: 8 }).chain((c) =>
    fc.record({
      c: fc.constant(c),
      rows: fc.array(
        fc.record({
          row: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: c, maxLength: c }),
          label: fc.integer({ min: 0, max: c - 1 }),
        }),
        { minLength: 1, maxLength: 20 },
      ),
    }),
  );

  it('is non-decreasing in k and 1 at k = C (fast-check)', () => {
    fc.assert(
      fc.property(problem, ({ c, rows }) => {
        const scores = rows.map((r) => r.row);
        const labels = rows.map((r) => r.label);
        let previous = 0;
        for (let k = 1; k <= c; k++) {
          const acc = topk(scores, labels, k).accuracy as number;
          if (acc < previous) return false;
          previous = acc;
        }
        return previous === 1;
      }),
    );
  });
});
