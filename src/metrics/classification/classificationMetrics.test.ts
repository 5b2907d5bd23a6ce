import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classificationFromConfusion, classificationMetrics } from './classificationMetrics';

describe('classificationMetrics', () => {
  it('matches hand-worked accuracy, precision, recall and F1', () => {
    // gt    0 0 1 1 2
    // pred  0 1 1 1 0  -> C = [[1,1,0],[0,2,0],[1,0,0]]
    const r = classificationMetrics([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], 3);
    expect(r.accuracy).toBeCloseTo(3 / 5, 12);
    expect(r.precision[0]).toBeCloseTo(1 / 2, 12);
    expect(r.precision[1]).toBeCloseTo(2 / 3, 12);
    expect(r.precision[2]).toBeNull(); // class 2 never predicted
    expect(r.recall).toEqual([0.5, 1, 0]);
    expect(r.f1[0]).toBeCloseTo(2 / 4, 12);
    expect(r.f1[1]).toBeCloseTo(4 / 5, 12);
    expect(r.f1[2]).toBe(0); // occurs, never found: 0, not undefined
    expect(r.tp).toEqual([1, 2, 0]);
    expect(r.fp).toEqual([1, 1, 0]);
    expect(r.fn).toEqual([1, 0, 1]);
    expect(r.support).toEqual([2, 2, 1]);
  });

  it('reports null for a class that is neither true nor predicted, and null accuracy for no sample', () => {
    const r = classificationMetrics([0, 1], [0, 1], 3);
    expect(r.precision[2]).toBeNull();
    expect(r.recall[2]).toBeNull();
    expect(r.f1[2]).toBeNull();
    expect(classificationMetrics([], [], 2).accuracy).toBeNull();
  });

  it('refuses a non-square or negative confusion matrix', () => {
    expect(() => classificationFromConfusion([[1, 2]])).toThrow(/confusion/);
    expect(() => classificationFromConfusion([])).toThrow(/confusion/);
    expect(() =>
      classificationFromConfusion([
        [1, -1],
        [0, 1],
      ]),
    ).toThrow(/negative/);
  });

  const labelled = fc.integer({ min: 1, max: 5 }).chain((k) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: k - 1 })), {
        minLength: 1,
        maxLength: 50,
      })
      .map((pairs) => ({ k, gt: pairs.map((p) => p[0]), pred: pairs.map((p) => p[1]) })),
  );

  it('has F1 equal to the harmonic mean of precision and recall wherever both are defined and positive', () => {
    fc.assert(
      fc.property(labelled, ({ k, gt, pred }) => {
        const r = classificationMetrics(gt, pred, k);
        for (let c = 0; c < k; c++) {
          const p = r.precision[c];
          const q = r.recall[c];
          if (p != null && q != null && p + q > 0) expect(r.f1[c]).toBeCloseTo((2 * p * q) / (p + q), 12);
        }
      }),
    );
  });

  it('has accuracy equal to the support-weighted mean recall, every score in [0, 1]', () => {
    fc.assert(
      fc.property(labelled, ({ k, gt, pred }) => {
        const r = classificationMetrics(gt, pred, k);
        let weighted = 0;
        for (let c = 0; c < k; c++) weighted += (r.recall[c] ?? 0) * r.support[c]!;
        expect(r.accuracy).toBeCloseTo(weighted / gt.length, 12);
        for (const v of [...r.precision, ...r.recall, ...r.f1, r.accuracy]) {
          if (v !== null) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('is null exactly where the own denominator is zero', () => {
    fc.assert(
      fc.property(labelled, ({ k, gt, pred }) => {
        const r = classificationMetrics(gt, pred, k);
        for (let c = 0; c < k; c++) {
          expect(r.precision[c] === null).toBe(!pred.includes(c));
          expect(r.recall[c] === null).toBe(!gt.includes(c));
          expect(r.f1[c] === null).toBe(!pred.includes(c) && !gt.includes(c));
        }
      }),
    );
  });
});
