import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_KIND, errorMap } from './errorMap';

/** Counts of each category of an error map (index by ERROR_KIND). */
function countKinds(map: Uint8Array): [none: number, tp: number, fp: number, fn: number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const k of map) counts[k as 0 | 1 | 2 | 3]++;
  return counts;
}

const { none, tp, fp, fn } = ERROR_KIND;

describe('errorMap', () => {
  it('classifies pixels for one class', () => {
    const gt = [0, 3, 3, 0, 2, 3];
    const pred = [0, 3, 0, 3, 3, 2];
    expect(Array.from(errorMap(gt, pred, 3))).toEqual([none, tp, fn, fp, fp, fn]);
  });

  it('with "all", background is nothing to find and a wrong object class is a miss', () => {
    const gt = [0, 3, 3, 0, 2, 1];
    const pred = [0, 3, 0, 3, 3, 1];
    expect(Array.from(errorMap(gt, pred, 'all'))).toEqual([none, tp, fn, fp, fn, tp]);
  });

  it('refuses maps of different sizes', () => {
    expect(() => errorMap([0], [0, 1], 1)).toThrow(RangeError);
  });

  it('counts match the per-class TP, FP and FN definitions', () => {
    const labels = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(labels, labels, fc.integer({ min: 0, max: 3 }), (a, b, cls) => {
        const n = Math.min(a.length, b.length);
        const gt = a.slice(0, n);
        const pred = b.slice(0, n);
        const [, t, p, f] = countKinds(errorMap(gt, pred, cls));
        let T = 0;
        let P = 0;
        let F = 0;
        for (let i = 0; i < n; i++) {
          if (gt[i] === cls && pred[i] === cls) T++;
          if (gt[i] !== cls && pred[i] === cls) P++;
          if (gt[i] === cls && pred[i] !== cls) F++;
        }
        expect([t, p, f]).toEqual([T, P, F]);
      }),
    );
  });

  it('a perfect prediction has no FP or FN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 })),
        fc.constantFrom(0, 1, 2, 3, 'all' as const),
        (gt, cls) => {
          const [, , p, f] = countKinds(errorMap(gt, gt, cls));
          expect(p + f).toBe(0);
        },
      ),
    );
  });
});
