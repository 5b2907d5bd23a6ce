import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricInputError } from '../validate';
import { psnr } from './psnr';
import { arbImagePair, raster } from './testImages.test-helper';

describe('peak signal-to-noise ratio', () => {
  it('is 10 log10(R^2 / MSE) by hand', () => {
    // MSE = (10^2 + 0) / 2 = 50 -> 10 log10(255^2 / 50) = 31.1411...
    expect(psnr(raster(2, 1, [100, 7]), raster(2, 1, [110, 7]), 255)).toBeCloseTo(
      10 * Math.log10((255 * 255) / 50),
      12,
    );
    // MSE = R^2 -> 0 dB.
    expect(psnr(raster(1, 1, [0]), raster(1, 1, [1]), 1)).toBe(0);
  });

  it('is Infinity exactly for identical images', () => {
    fc.assert(
      fc.property(arbImagePair(), ({ a, b }) => {
        const same = Array.from(a.data).every((v, i) => v === b.data[i]);
        const p = psnr(a, b, 255);
        expect(p === Infinity).toBe(same);
        expect(Number.isNaN(p)).toBe(false);
        expect(psnr(a, a, 255)).toBe(Infinity);
      }),
    );
  });

  it('stays finite for differences whose squares underflow and for huge data ranges', () => {
    const tiny = psnr(raster(2, 1, [1e-200, 0]), raster(2, 1, [0, 0]), 1);
    expect(tiny).toBeCloseTo(4000 + 10 * Math.log10(2), 9);
    const huge = psnr(raster(1, 1, [0]), raster(1, 1, [1e200]), 1e200);
    expect(huge).toBeCloseTo(0, 9);
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (d) => {
        expect(Number.isFinite(psnr(raster(1, 1, [d]), raster(1, 1, [0]), 1))).toBe(true);
      }),
    );
  });

  it('decreases as the error grows', () => {
    const a = raster(3, 1, [10, 20, 30]);
    expect(psnr(a, raster(3, 1, [11, 20, 30]), 255)).toBeGreaterThan(
      psnr(a, raster(3, 1, [12, 20, 30]), 255),
    );
  });

  it('refuses mismatched images and a data range that is not > 0', () => {
    expect(() => psnr(raster(2, 2, [0, 0, 0, 0]), raster(2, 1, [0, 0]), 255)).toThrow(MetricInputError);
    expect(() => psnr(raster(1, 1, [0]), raster(1, 1, [1]), 0)).toThrow(/^data_range:/);
    expect(() => psnr(raster(1, 1, [0]), raster(1, 1, [1]), Infinity)).toThrow(/^data_range:/);
  });
});
