import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEPTH_BANDS, bandContributions, bandIndex } from './bands';

describe('bandIndex', () => {
  it('puts 2.99 near, 3 and 9.9 in the middle, 20 in 10-20 and 20.01 far', () => {
    expect([2.99, 3, 9.9, 10, 20, 20.01, 35].map(bandIndex)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(DEPTH_BANDS.map((b) => b.id)).toEqual(['near', 'mid', 'midfar', 'far']);
  });
});

describe('bandContributions', () => {
  it('splits hand-worked errors: a 1 m miss far out outweighs a 0.5 m miss near by', () => {
    // near pixel gt 1 pred 1.5; far pixel gt 30 pred 31; a sky pixel not counted
    const r = bandContributions([1.5, 31, 39], [1, 30, 0], [1, 1, 0]);
    const near = r[0]!;
    const far = r[3]!;
    expect(near.pixels).toBe(1);
    expect(far.pixels).toBe(1);
    expect(near.mse_part).toBeCloseTo(0.125, 15);
    expect(far.mse_part).toBeCloseTo(0.5, 15);
    expect(far.rmse_share).toBeCloseTo(0.8, 15);
    expect(near.abs_rel_part).toBeCloseTo(0.25, 15);
    expect(far.abs_rel_part).toBeCloseTo(1 / 60, 15);
    expect(near.abs_rel_share).toBeCloseTo(0.25 / (0.25 + 1 / 60), 15);
    expect(r[1]!.pixels).toBe(0);
    expect(r[1]!.mse_part).toBe(0);
  });

  it('gives null shares when there is no error and null parts when no pixel is counted', () => {
    const perfect = bandContributions([2, 5], [2, 5], [1, 1]);
    expect(perfect.every((b) => b.rmse_share === null && b.abs_rel_share === null)).toBe(true);
    expect(perfect[0]!.pixel_share).toBe(0.5);
    const none = bandContributions([2], [2], [0]);
    expect(none.every((b) => b.mse_part === null && b.pixel_share === null)).toBe(true);
  });

  it('has parts that add up to RMSE^2 and AbsRel and shares that add up to 1', () => {
    const pair = fc.tuple(
      fc.double({ min: 0.1, max: 39, noNaN: true }),
      fc.double({ min: 0.1, max: 39, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), (pairs) => {
        const gt = pairs.map((p) => p[0]);
        const pred = pairs.map((p) => p[1]);
        const r = bandContributions(pred, gt, new Array<number>(gt.length).fill(1));
        const mse = pairs.reduce((s, [g, p]) => s + (g - p) ** 2, 0) / gt.length;
        const absRel = pairs.reduce((s, [g, p]) => s + Math.abs(g - p) / g, 0) / gt.length;
        const sumMse = r.reduce((s, b) => s + b.mse_part!, 0);
        const sumRel = r.reduce((s, b) => s + b.abs_rel_part!, 0);
        const shares = r.reduce((s, b) => s + (b.rmse_share ?? 0), 0);
        return (
          Math.abs(sumMse - mse) <= 1e-9 * (1 + mse) &&
          Math.abs(sumRel - absRel) <= 1e-9 * (1 + absRel) &&
          (mse === 0 || Math.abs(shares - 1) < 1e-9)
        );
      }),
    );
  });

  it('rejects arrays of different lengths', () => {
    expect(() => bandContributions([1], [1, 2], [1, 1])).toThrow(/pred/);
    expect(() => bandContributions([1, 2], [1, 2], [1])).toThrow(/counted/);
  });
});
