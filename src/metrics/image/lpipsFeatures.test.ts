import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricInputError } from '../validate';
import { lpipsFromFeatures, lpipsLayerDistances, readFeatureLayers, type FeatureMap } from './lpipsFeatures';

const map = (channels: number, height: number, width: number, data: number[]): FeatureMap => ({
  channels,
  height,
  width,
  data,
});

describe('LPIPS from features', () => {
  it('unit-normalises over channels, weights squared differences and sums channels (hand-worked)', () => {
    // a = (3, 4) -> (0.6, 0.8); b = (4, 3) -> (0.8, 0.6); squared differences 0.04 each; weights 1 and 2.
    const d = lpipsFromFeatures([map(2, 1, 1, [3, 4])], [map(2, 1, 1, [4, 3])], [[1, 2]]);
    expect(d).toBeCloseTo(0.12, 9);
  });

  it('averages over space and sums over layers', () => {
    // Layer 1: two positions, distances 0.12 and 0 -> 0.06. Layer 2: opposite unit vectors, (2)^2 * 0.5 = 2.
    const a = [map(2, 1, 2, [3, 1, 4, 0]), map(1, 1, 1, [1])];
    const b = [map(2, 1, 2, [4, 1, 3, 0]), map(1, 1, 1, [-2])];
    expect(lpipsLayerDistances(a, b, [[1, 2], [0.5]]).map((v) => Number(v.toFixed(9)))).toEqual([0.06, 2]);
    expect(lpipsFromFeatures(a, b, [[1, 2], [0.5]])).toBeCloseTo(2.06, 9);
  });

  it('normalises an all-zero feature vector to zero (x / (0 + 1e-10))', () => {
    expect(lpipsFromFeatures([map(2, 1, 1, [0, 0])], [map(2, 1, 1, [0, 5])], [[3, 7]])).toBeCloseTo(7, 9);
  });

  it('is 0 for identical or positively scaled features, symmetric, and >= 0 with non-negative weights', () => {
    // Integer features: a feature vector is zero or has norm >= 1, so the 1e-10 eps is negligible.
    const feat = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(
        feat,
        feat,
        fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        (x, y, w, k) => {
          const a = [map(3, 2, 2, x)];
          const b = [map(3, 2, 2, y)];
          expect(lpipsFromFeatures(a, a, [w])).toBe(0);
          expect(
            lpipsFromFeatures(
              a,
              [
                map(
                  3,
                  2,
                  2,
                  x.map((v) => v * k),
                ),
              ],
              [w],
            ),
          ).toBeLessThan(1e-9);
          const ab = lpipsFromFeatures(a, b, [w]);
          expect(ab).toBeGreaterThanOrEqual(0);
          expect(Math.abs(ab - lpipsFromFeatures(b, a, [w]))).toBeLessThan(1e-12);
          // Unit vectors differ by at most 2, so each channel term is at most 4 w_c.
          expect(ab).toBeLessThanOrEqual(4 * w.reduce((s, v) => s + v, 0) + 1e-9);
        },
      ),
    );
  });

  it('reads nested [C][H][W] layers and refuses ragged or mismatched input, naming it', () => {
    const layers = readFeatureLayers('a', [[[[1, 2, 3]], [[4, 5, 6]]]]);
    expect(layers[0]).toMatchObject({ channels: 2, height: 1, width: 3 });
    expect(Array.from(layers[0]!.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => readFeatureLayers('a', [[[[1, 2]], [[3]]]])).toThrow(/^a\[0\]\[1\]\[0\]:/);
    expect(() => readFeatureLayers('b', [])).toThrow(/^b:/);
    expect(() => readFeatureLayers('a', [[[[1, NaN]]]])).toThrow(MetricInputError);
    const one = [map(2, 1, 1, [1, 0])];
    expect(() => lpipsFromFeatures(one, [...one, ...one], [[1, 1]])).toThrow(/^a, b, weights:/);
    expect(() => lpipsFromFeatures(one, [map(2, 1, 2, [1, 0, 0, 1])], [[1, 1]])).toThrow(/^a\[0\], b\[0\]:/);
    expect(() => lpipsFromFeatures(one, one, [[1]])).toThrow(/^weights\[0\]:/);
  });
});
