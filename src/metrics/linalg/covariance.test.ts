import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centreColumns, columnMeans, covariance } from './covariance';

describe('sample covariance (np.cov rowvar=False, ddof 1)', () => {
  it('matches a hand-worked 3-sample, 2-variable example', () => {
    // x = [1, 2, 3], y = [2, 4, 9]: means 2 and 5; var x = 1, var y = 13, cov = 3.5.
    const x = Float64Array.from([1, 2, 2, 4, 3, 9]);
    expect(Array.from(columnMeans(x, 3, 2))).toEqual([2, 5]);
    expect(Array.from(covariance(x, 3, 2))).toEqual([1, 3.5, 3.5, 13]);
  });

  it('is zero for a constant feature and symmetric in general', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (n, d, vals) => {
          const x = Float64Array.from({ length: n * d }, (_, i) => (i % d === 0 ? 7 : vals[i % 40]!));
          const c = covariance(x, n, d);
          expect(c[0]).toBe(0);
          for (let i = 0; i < d; i++) {
            expect(c[i * d + i]!).toBeGreaterThanOrEqual(0);
            for (let j = 0; j < d; j++) expect(c[i * d + j]).toBe(c[j * d + i]);
          }
        },
      ),
    );
  });

  it('centres columns to mean zero', () => {
    const x = Float64Array.from([1, 10, 3, 30]);
    const c = centreColumns(x, 2, 2, columnMeans(x, 2, 2));
    expect(Array.from(c)).toEqual([-1, -10, 1, 10]);
  });

  it('needs at least two samples', () => {
    expect(() => covariance(Float64Array.from([1, 2]), 1, 2)).toThrow(RangeError);
  });
});
