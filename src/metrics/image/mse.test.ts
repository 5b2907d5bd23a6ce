import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricInputError } from '../validate';
import { mse, plainMeanSquaredError } from './mse';
import { psnr } from './psnr';
import { arbImagePair, raster } from './testImages.test-helper';

describe('mean squared error', () => {
  it('averages squared differences over pixels and channels by hand', () => {
    // differences 1, -2, 0, 3 -> (1 + 4 + 0 + 9) / 4 = 3.5
    expect(mse(raster(2, 1, [1, 2, 3, 4], 2), raster(2, 1, [0, 4, 3, 1], 2))).toBe(3.5);
  });

  it('is 0 exactly for identical images and positive otherwise, even for differences that square to 0', () => {
    // 1e-160^2 underflows to 0 in the plain sum; the scaled form gives 1e-320 / 2.
    expect(mse(raster(2, 1, [1e-160, 0]), raster(2, 1, [0, 0]))).toBeGreaterThan(0);
    fc.assert(
      fc.property(arbImagePair(), ({ a, b }) => {
        const same = Array.from(a.data).every((v, i) => v === b.data[i]);
        expect(mse(a, b) === 0).toBe(same);
        expect(mse(a, a)).toBe(0);
        expect(mse(a, b)).toBe(mse(b, a));
      }),
    );
  });

  it('returns a finite mean when only the intermediate sum would overflow', () => {
    // Each squared difference is 1e308; their sum overflows, their mean does not.
    const m = mse(raster(4, 1, [1e154, 1e154, 1e154, 1e154]), raster(4, 1, [0, 0, 0, 0]));
    expect(Math.abs(m / 1e308 - 1)).toBeLessThan(1e-12);
  });

  it('refuses images of different sizes or channel counts', () => {
    expect(() => mse(raster(2, 2, [0, 0, 0, 0]), raster(4, 1, [0, 0, 0, 0]))).toThrow(MetricInputError);
    expect(() => mse(raster(1, 1, [0, 0], 2), raster(2, 1, [0, 0]))).toThrow(/^a, b:/);
    expect(() => mse(raster(2, 1, [0, NaN]), raster(2, 1, [0, 0]))).toThrow(/^a\.data:/);
  });
});

describe('plainMeanSquaredError', () => {
  it('is the plain mean of squared differences: (3^2 + 4^2) / 2 = 12.5', () => {
    expect(plainMeanSquaredError(raster(2, 1, [0, 0]), raster(2, 1, [3, 4]))).toBe(12.5);
  });

  it('overflows to Infinity for huge differences, where psnr takes the scaled form and stays finite', () => {
    const a = raster(2, 1, [0, 0]);
    const b = raster(2, 1, [1e200, 1e200]);
    expect(plainMeanSquaredError(a, b)).toBe(Infinity);
    // 20 log10(255) - 20 log10(1e200) - 10 log10(1) = 48.13... - 4000
    expect(psnr(a, b, 255)).toBeCloseTo(20 * Math.log10(255) - 4000, 9);
  });
});
