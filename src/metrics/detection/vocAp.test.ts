import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VOC07_RECALL_THRESHOLDS, vocAp } from './vocAp';
import { prCurve } from './prCurve';

describe('vocAp', () => {
  it('matches hand-worked 11-point and all-point values', () => {
    // recall 0.5 at precision 1, recall 1 at precision 0.5
    expect(vocAp([0.5, 1], [1, 0.5], true)).toBeCloseTo((6 * 1 + 5 * 0.5) / 11, 15);
    expect(vocAp([0.5, 1], [1, 0.5], false)).toBeCloseTo(0.5 * 1 + 0.5 * 0.5, 15);
  });

  it('uses the numpy arange thresholds, so a recall of exactly 0.3 misses the 0.30000000000000004 threshold', () => {
    expect(VOC07_RECALL_THRESHOLDS[3]).toBe(0.30000000000000004);
    expect(VOC07_RECALL_THRESHOLDS[6]).toBe(0.6000000000000001);
    // t = 0, 0.1, 0.2 -> 1; t = 0.3000..04, 0.4, 0.5 -> 0.5; t >= 0.6000..01 -> 0
    expect(vocAp([0.3, 0.6], [1, 0.5], true)).toBeCloseTo(4.5 / 11, 15);
  });

  it('takes the envelope of a non-monotone precision', () => {
    // envelope: 1 up to recall 0.25, then 0.75 to recall 0.5
    expect(vocAp([0.25, 0.25, 0.5], [1, 0.5, 0.75], false)).toBeCloseTo(0.25 + 0.25 * 0.75, 15);
  });

  it('is 0 for an empty curve and sums a perfect 11-point curve to 1.0000000000000002 as numpy does', () => {
    expect(vocAp([], [], true)).toBe(0);
    expect(vocAp([], [], false)).toBe(0);
    expect(vocAp([1 / 3, 2 / 3, 1], [1, 1, 1], true)).toBe(1.0000000000000002);
    expect(vocAp([1 / 3, 2 / 3, 1], [1, 1, 1], false)).toBe(1);
  });

  it('refuses unequal lengths, values outside [0, 1] and decreasing recall', () => {
    expect(() => vocAp([0.5], [1, 1], true)).toThrow(/recall, precision/);
    expect(() => vocAp([0.5, 1.5], [1, 1], true)).toThrow(/^recall: /);
    expect(() => vocAp([0.5, 1], [1, -0.1], false)).toThrow(/^precision: /);
    expect(() => vocAp([0.5, 0.4], [1, 1], false)).toThrow(/^recall: .*decrease/);
    expect(() => vocAp([NaN], [1], false)).toThrow(/^recall: /);
  });

  it('lies in [0, 1] (up to one ulp) for any ranking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.nat(5),
        fc.boolean(),
        (hits, extra, use07) => {
          const numGt = Math.max(1, hits.filter(Boolean).length + extra);
          const c = prCurve(hits, numGt);
          const ap = vocAp(
            c.recall.map((r) => r ?? 0),
            c.precision,
            use07,
          );
          expect(ap).toBeGreaterThanOrEqual(0);
          expect(ap).toBeLessThanOrEqual(1 + 1e-15);
        },
      ),
    );
  });
});
