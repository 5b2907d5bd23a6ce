import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { depthMetrics } from './depthMetrics';

describe('depthMetrics', () => {
  it('matches hand-worked errors', () => {
    // gt [2, 4], pred [1, 4]
    const r = depthMetrics([1, 4], [2, 4]);
    expect(r.abs_rel).toBeCloseTo(0.25, 15);
    expect(r.sq_rel).toBeCloseTo(0.25, 15);
    expect(r.rmse).toBeCloseTo(Math.sqrt(0.5), 15);
    expect(r.rmse_log).toBeCloseTo(Math.LN2 / Math.SQRT2, 15);
    expect(r.log10).toBeCloseTo(Math.log10(2) / 2, 15);
    // e = [-ln 2, 0]: variance (ln 2 / 2)^2
    expect(r.silog).toBeCloseTo((100 * Math.LN2) / 2, 12);
    expect([r.a1, r.a2, r.a3]).toEqual([0.5, 0.5, 0.5]);
    expect(r.abs_error).toBe(0.5);
    expect(r.valid).toBe(2);
    expect(r.scale).toBe(1);
  });

  it('drops pixels whose gt is not strictly inside (min_depth, max_depth)', () => {
    const r = depthMetrics([5, 5, 5, 5, 5], [0, 80, 100, 0.001, 5]);
    expect(r.valid).toBe(1);
    expect(r.abs_rel).toBe(0);
    expect(depthMetrics([5, 5], [5, 9], { minDepth: 4, maxDepth: 6 }).valid).toBe(1);
  });

  it('clamps predictions to [min_depth, max_depth]', () => {
    const r = depthMetrics([-1, 500], [10, 70]);
    // pred becomes [1e-3, 80]
    expect(r.abs_error).toBeCloseTo((10 - 1e-3 + 10) / 2, 12);
    expect(r.a3).toBe(0.5);
  });

  it('applies median scaling before clamping', () => {
    const r = depthMetrics([1, 2, 3, 4], [10, 20, 30, 40], { medianScaling: true });
    expect(r.scale).toBe(10);
    expect(r.abs_rel).toBeCloseTo(0, 15);
    expect(r.silog).toBeCloseTo(0, 12);
    expect(r.a1).toBe(1);
  });

  it('reports every score as null when no pixel is valid', () => {
    const r = depthMetrics([3, 7.5], [0, 120]);
    expect([
      r.abs_rel,
      r.sq_rel,
      r.rmse,
      r.rmse_log,
      r.log10,
      r.silog,
      r.a1,
      r.a2,
      r.a3,
      r.abs_error,
    ]).toEqual(new Array(10).fill(null));
    expect(depthMetrics([], []).valid).toBe(0);
  });

  it('refuses mismatched lengths, non-finite depths, bad ranges and a non-positive median for scaling', () => {
    expect(() => depthMetrics([1, 2], [1])).toThrow(/pred, gt/);
    expect(() => depthMetrics([1, NaN], [1, 2])).toThrow(/^pred: /);
    expect(() => depthMetrics([1], [Infinity])).toThrow(/^gt: /);
    expect(() => depthMetrics([1], [1], { minDepth: 0 })).toThrow(/^min_depth: /);
    expect(() => depthMetrics([1], [1], { minDepth: 5, maxDepth: 5 })).toThrow(/^max_depth: /);
    expect(() => depthMetrics([0, -1, 0], [1, 2, 3], { medianScaling: true })).toThrow(/^pred: .*median/);
  });

  const depths = fc.array(
    fc.tuple(fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 50, noNaN: true })),
    { minLength: 1, maxLength: 60 },
  );

  it('keeps silog under a global scale of the prediction, and median scaling removes it entirely', () => {
    fc.assert(
      fc.property(depths, fc.double({ min: 0.5, max: 1.5, noNaN: true }), (pairs, c) => {
        const pred = pairs.map((p) => p[0]);
        const gt = pairs.map((p) => p[1]);
        const base = depthMetrics(pred, gt);
        const scaled = depthMetrics(
          pred.map((p) => p * c),
          gt,
        );
        expect(scaled.silog).toBeCloseTo(base.silog!, 6);
        const m1 = depthMetrics(pred, gt, { medianScaling: true, maxDepth: 1e6 });
        const m2 = depthMetrics(
          pred.map((p) => p * c),
          gt,
          { medianScaling: true, maxDepth: 1e6 },
        );
        expect(m2.abs_rel).toBeCloseTo(m1.abs_rel!, 9);
        expect(m2.rmse).toBeCloseTo(m1.rmse!, 9);
      }),
    );
  });

  it('has a1 <= a2 <= a3 in [0, 1], non-negative errors, and is perfect for identical maps', () => {
    fc.assert(
      fc.property(depths, (pairs) => {
        const pred = pairs.map((p) => p[0]);
        const gt = pairs.map((p) => p[1]);
        const r = depthMetrics(pred, gt);
        expect(r.a1!).toBeLessThanOrEqual(r.a2!);
        expect(r.a2!).toBeLessThanOrEqual(r.a3!);
        expect(r.a3!).toBeLessThanOrEqual(1);
        for (const v of [r.abs_rel, r.sq_rel, r.rmse, r.rmse_log, r.log10, r.silog, r.a1]) {
          expect(v!).toBeGreaterThanOrEqual(0);
        }
        const same = depthMetrics(gt, gt);
        expect([same.abs_rel, same.rmse, same.silog, same.a1]).toEqual([0, 0, 0, 1]);
      }),
    );
  });
});
