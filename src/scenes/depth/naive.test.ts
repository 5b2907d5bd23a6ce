import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { naiveDepth } from './naive';

const base = { minDepth: 1e-3, maxDepth: 80, medianScaling: false };

describe('naiveDepth', () => {
  it('scores the sky against the fill: hand-worked', () => {
    // two perfect pixels and a sky pixel predicted at 39 m
    const zero = naiveDepth([5, 10, 39], [5, 10, 0], { ...base, fill: 0 });
    expect(zero.rmse).toBeCloseTo(Math.sqrt((39 * 39) / 3), 12);
    expect(zero.a1).toBeCloseTo(2 / 3, 15);
    const cap = naiveDepth([5, 10, 39], [5, 10, 0], { ...base, fill: 80 });
    expect(cap.rmse).toBeCloseTo(Math.sqrt((41 * 41) / 3), 12);
    expect(cap.a1).toBeCloseTo(2 / 3, 15);
    expect(cap.pixels).toBe(3);
  });

  it('counts pixels beyond the cap and still clamps predictions', () => {
    // NYU cap 10: gt 30 stays 30, pred 30 is clamped to 10
    const r = naiveDepth([30], [30], { ...base, maxDepth: 10, fill: 0 });
    expect(r.rmse).toBeCloseTo(20, 12);
    expect(r.a1).toBe(0);
    // fill 10 with a 10 m cap: a sky predicted at 39 m is clamped to 10, so it looks perfect
    expect(naiveDepth([39], [0], { ...base, maxDepth: 10, fill: 10 }).rmse).toBe(0);
  });

  it('median-scales over every pixel', () => {
    const r = naiveDepth([2, 4, 6], [1, 2, 3], { ...base, fill: 0, medianScaling: true });
    expect(r.rmse).toBeCloseTo(0, 12);
    expect(r.a1).toBe(1);
  });

  it('agrees with a direct formula when every pixel has ground truth', () => {
    const pair = fc.tuple(
      fc.double({ min: 0.01, max: 70, noNaN: true }),
      fc.double({ min: 0.01, max: 70, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 30 }), (pairs) => {
        const r = naiveDepth(
          pairs.map((p) => p[1]),
          pairs.map((p) => p[0]),
          { ...base, fill: 0 },
        );
        const rmse = Math.sqrt(pairs.reduce((s, [g, p]) => s + (g - p) ** 2, 0) / pairs.length);
        const a1 = pairs.filter(([g, p]) => Math.max(g / p, p / g) < 1.25).length / pairs.length;
        return Math.abs(r.rmse! - rmse) < 1e-9 * (1 + rmse) && r.a1 === a1;
      }),
    );
  });

  it('is undefined for no pixel and rejects bad input', () => {
    expect(naiveDepth([], [], { ...base, fill: 0 })).toEqual({ rmse: null, a1: null, pixels: 0 });
    expect(() => naiveDepth([1], [1, 2], { ...base, fill: 0 })).toThrow(/pred/);
    expect(() => naiveDepth([1], [1], { ...base, fill: -1 })).toThrow(/sky_fill/);
    expect(() => naiveDepth([-1, -2, 3], [1, 1, 1], { ...base, fill: 0, medianScaling: true })).toThrow(
      /pred/,
    );
  });
});
