import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BANK_CHANNELS,
  BANK_LAYERS,
  bankFeatures,
  bankLayer,
  filterBankDistance,
  halve,
  luma,
} from './filterBank';
import { patternImage, raster } from '../../metrics/image/testImages.test-helper';
import { quantize } from '../../metrics/image/quantize';
import { shiftBrightness } from './distortions';
import { gaussianBlur } from '../../metrics/image/gaussianBlur';

function photoLike(w: number, h: number, seed = 1) {
  const p = patternImage(w, h, 3, seed);
  return { ...p, data: quantize(Array.from(p.data, (v) => 40 + 120 * v)) };
}

describe('filter bank', () => {
  it('computes BT.601 luma and 2x2 averages', () => {
    expect(Array.from(luma(raster(1, 1, [100, 200, 50], 3)).data)[0]).toBeCloseTo(
      0.299 * 100 + 0.587 * 200 + 0.114 * 50,
      12,
    );
    const h = halve({ width: 3, height: 2, data: Float64Array.from([1, 3, 9, 5, 7, 9]) });
    expect(h.width).toBe(1);
    expect(Array.from(h.data)).toEqual([4]);
  });

  it('responds to a vertical edge only in the horizontal-gradient, diagonal and centre channels', () => {
    // 6 x 6 plane, left half 0, right half 100: one 4x4 block of inner pixels
    const data = Float64Array.from({ length: 36 }, (_, i) => (i % 6 >= 3 ? 100 : 0));
    const f = bankLayer({ width: 6, height: 6, data });
    expect(f).toMatchObject({ channels: BANK_CHANNELS, width: 1, height: 1 });
    // x-gradient |r - l| / 2 = 50 at columns 2 and 3 of the block's 4 columns, over 4 rows: mean 25
    expect(f.data[0]).toBeCloseTo(25, 12);
    expect(f.data[1]).toBeCloseTo(0, 12);
  });

  it('builds three layers at full, half and quarter size', () => {
    const feats = bankFeatures(photoLike(48, 40));
    expect(feats).toHaveLength(BANK_LAYERS);
    expect(feats.map((f) => [f.width, f.height])).toEqual([
      [11, 9],
      [5, 4],
      [2, 2],
    ]);
  });

  it('is 0 for identical images and for an unclipped brightness shift, positive for a blur', () => {
    const img = photoLike(48, 40);
    expect(filterBankDistance(img, img)).toBe(0);
    expect(filterBankDistance(img, shiftBrightness(img, 10))).toBeCloseTo(0, 12);
    expect(filterBankDistance(img, { ...gaussianBlur(img, 1.5), channels: 3 })).toBeGreaterThan(0);
  });

  it('is symmetric and at most 2 per layer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 99 }), (s1, s2) => {
        const a = photoLike(30, 30, s1);
        const b = photoLike(30, 30, s2);
        const d = filterBankDistance(a, b);
        expect(d).toBeCloseTo(filterBankDistance(b, a), 12);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(2 * BANK_LAYERS);
      }),
      { numRuns: 10 },
    );
  });

  it('refuses images of different sizes or too small', () => {
    expect(() => filterBankDistance(photoLike(30, 30), photoLike(31, 30))).toThrow(/differ/);
    expect(() => filterBankDistance(photoLike(12, 12), photoLike(12, 12))).toThrow(/too small/);
  });
});
