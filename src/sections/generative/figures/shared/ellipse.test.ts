import { describe, expect, it } from 'vitest';
import { covarianceEllipse } from './ellipse';

describe('covarianceEllipse', () => {
  it('gives the standard deviations of a diagonal covariance', () => {
    const e = covarianceEllipse([4, 0, 1], 1);
    expect(e.a).toBeCloseTo(2, 12);
    expect(e.b).toBeCloseTo(1, 12);
    expect(e.angle).toBeCloseTo(0, 12);
  });

  it('turns a correlated covariance by 45 degrees and scales with k', () => {
    const e = covarianceEllipse([2, 1, 2], 2);
    expect(e.angle).toBeCloseTo(45, 9);
    expect(e.a).toBeCloseTo(2 * Math.sqrt(3), 9);
    expect(e.b).toBeCloseTo(2, 9);
  });

  it('clamps a rounding-level negative eigenvalue', () => {
    expect(covarianceEllipse([1, 1, 1 - 1e-17], 1).b).toBe(0);
  });
});
