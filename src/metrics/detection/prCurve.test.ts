import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { precisionEnvelope, prCurve } from './prCurve';

describe('prCurve', () => {
  it('accumulates TP and FP down the ranking', () => {
    const c = prCurve([true, false, true], 4);
    expect(c.tp).toEqual([1, 1, 2]);
    expect(c.fp).toEqual([0, 1, 1]);
    expect(c.recall).toEqual([0.25, 0.25, 0.5]);
    expect(c.precision[0]).toBe(1);
    expect(c.precision[1]).toBe(0.5);
    expect(c.precision[2]).toBeCloseTo(2 / 3, 15);
  });

  it('has null recall without ground truth and refuses more hits than ground truths', () => {
    expect(prCurve([false, false], 0).recall).toEqual([null, null]);
    expect(() => prCurve([true, true], 1)).toThrow(/^num_gt: /);
    expect(() => prCurve([], -1)).toThrow(/^num_gt: /);
  });

  it('has non-decreasing recall and precision in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), fc.nat(10), (hits, extra) => {
        const numGt = hits.filter(Boolean).length + extra;
        const c = prCurve(hits, numGt);
        for (let k = 0; k < hits.length; k++) {
          expect(c.precision[k]).toBeGreaterThanOrEqual(0);
          expect(c.precision[k]).toBeLessThanOrEqual(1);
          if (numGt > 0 && k > 0) expect(c.recall[k]!).toBeGreaterThanOrEqual(c.recall[k - 1]!);
        }
      }),
    );
  });
});

describe('precisionEnvelope', () => {
  it('is the running maximum from the right', () => {
    expect(precisionEnvelope([1, 0.5, 2 / 3, 0.25])).toEqual([1, 2 / 3, 2 / 3, 0.25]);
    expect(precisionEnvelope([])).toEqual([]);
  });

  it('is non-increasing and never below the precision', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (p) => {
        const env = precisionEnvelope(p);
        for (let k = 0; k < p.length; k++) {
          expect(env[k]).toBeGreaterThanOrEqual(p[k]!);
          if (k > 0) expect(env[k]).toBeLessThanOrEqual(env[k - 1]!);
        }
      }),
    );
  });
});
