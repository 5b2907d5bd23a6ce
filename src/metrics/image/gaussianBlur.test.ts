import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianBlur } from './gaussianBlur';
import { gaussianWeights } from './filterWeights';
import { raster } from './testImages.test-helper';

describe('gaussianBlur', () => {
  it('returns an exact copy for sigma 0', () => {
    const img = raster(3, 2, [1, 2, 3, 4, 5, 250]);
    expect(Array.from(gaussianBlur(img, 0).data)).toEqual([1, 2, 3, 4, 5, 250]);
  });

  it('turns an impulse in a single row into the normalised Gaussian weights (truncate 4)', () => {
    const w = gaussianWeights(1, 4); // radius 4, 9 taps
    const width = 21;
    const row = new Array<number>(width).fill(0);
    row[10] = 1;
    const out = gaussianBlur(raster(width, 1, row), 1).data;
    for (let k = -4; k <= 4; k++) expect(out[10 + k]).toBeCloseTo(w[k + 4]!, 15);
    expect(out[5]).toBe(0);
    expect(out[15]).toBe(0);
  });

  it('mirrors at the border (scipy reflect): an impulse at the edge keeps its whole mass', () => {
    const row = new Array<number>(12).fill(0);
    row[0] = 1;
    const out = gaussianBlur(raster(12, 1, row), 1.2).data;
    const sum = Array.from(out).reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(1, 12);
    const w = gaussianWeights(1.2, 4);
    const r = (w.length - 1) / 2;
    // out[0] = w[0 offset] + w[offset -1 reflected onto 0]
    expect(out[0]).toBeCloseTo(w[r]! + w[r - 1]!, 14);
  });

  it('is separable: a product image blurs into the product of the blurred rows and columns', () => {
    const u = [0, 3, 9, 1, 4, 7, 2];
    const v = [5, 1, 8, 2, 6];
    const img = raster(
      u.length,
      v.length,
      v.flatMap((b) => u.map((a) => a * b)),
    );
    const bu = gaussianBlur(raster(u.length, 1, u), 0.8).data;
    const bv = gaussianBlur(raster(v.length, 1, v), 0.8).data;
    const out = gaussianBlur(img, 0.8).data;
    for (let y = 0; y < v.length; y++) {
      for (let x = 0; x < u.length; x++) expect(out[y * u.length + x]).toBeCloseTo(bu[x]! * bv[y]!, 10);
    }
  });

  it('blurs each channel on its own', () => {
    const data = [10, 200, 20, 190, 30, 180, 40, 170];
    const out = gaussianBlur(raster(4, 1, data, 2), 1).data;
    const c0 = gaussianBlur(raster(4, 1, [10, 20, 30, 40]), 1).data;
    const c1 = gaussianBlur(raster(4, 1, [200, 190, 180, 170]), 1).data;
    for (let x = 0; x < 4; x++) {
      expect(out[2 * x]).toBeCloseTo(c0[x]!, 12);
      expect(out[2 * x + 1]).toBeCloseTo(c1[x]!, 12);
    }
  });

  it('keeps a constant image constant, whatever sigma and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 255 }),
        fc.double({ min: 0, max: 6, noNaN: true }),
        (w, h, c, sigma) => {
          const out = gaussianBlur(raster(w, h, new Array(w * h).fill(c)), sigma).data;
          return out.every((v) => Math.abs(v - c) < 1e-9);
        },
      ),
    );
  });

  it('takes the radius from truncate: int(truncate sigma + 0.5) taps each side', () => {
    const row = new Array<number>(21).fill(0);
    row[10] = 1;
    // sigma 1, truncate 2: radius 2, the weights of gaussianWeights(1, 2)
    const out = gaussianBlur(raster(21, 1, row), 1, { truncate: 2 }).data;
    const w = gaussianWeights(1, 2);
    expect(w.length).toBe(5);
    for (let k = -2; k <= 2; k++) expect(out[10 + k]).toBeCloseTo(w[k + 2]!, 15);
    expect(out[7]).toBe(0);
    expect(out[13]).toBe(0);
    // truncate 0.4 gives radius int(0.9) = 0 at sigma 1: an exact copy
    expect(Array.from(gaussianBlur(raster(21, 1, row), 1, { truncate: 0.4 }).data)).toEqual(row);
  });

  it('smears a single-channel step edge symmetrically: the two sides meet halfway', () => {
    const out = gaussianBlur(raster(8, 1, [0, 0, 0, 0, 10, 10, 10, 10]), 1).data;
    expect(out[3]! + out[4]!).toBeCloseTo(10, 12);
    expect(out[3]!).toBeGreaterThan(0);
    expect(out[4]!).toBeLessThan(10);
  });

  it('keeps every value of a single-channel map within the input range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (d, sigma) => {
          const out = gaussianBlur({ width: 4, height: 3, channels: 1, data: d }, sigma).data;
          const lo = Math.min(...d);
          const hi = Math.max(...d);
          for (const v of out) {
            expect(v).toBeGreaterThanOrEqual(lo - 1e-9);
            expect(v).toBeLessThanOrEqual(hi + 1e-9);
          }
        },
      ),
    );
  });

  it('names a bad truncate', () => {
    expect(() => gaussianBlur(raster(2, 2, [1, 2, 3, 4]), 1, { truncate: 0 })).toThrow(/truncate/);
    expect(() => gaussianBlur(raster(2, 2, [1, 2, 3, 4]), 1, { truncate: Number.NaN })).toThrow(/truncate/);
  });

  it('names a bad sigma or image', () => {
    expect(() => gaussianBlur(raster(2, 2, [1, 2, 3, 4]), -1)).toThrow(/sigma/);
    expect(() => gaussianBlur(raster(2, 2, [1, 2, 3, 4]), Number.NaN)).toThrow(/sigma/);
    expect(() => gaussianBlur({ width: 2, height: 2, channels: 1, data: [1, 2, 3] }, 1)).toThrow(
      /image\.data/,
    );
  });
});
