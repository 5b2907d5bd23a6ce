import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ssim } from './ssim';
import { psnr } from './psnr';
import { mse } from './mse';
import { ssimPsnr, ssimReference } from './ssimPsnr';
import { arbImagePair, patternImage } from './testImages.test-helper';
import type { SsimOptions } from './ssimOptions';

const settings = fc.record({
  gaussianWeights: fc.boolean(),
  sigma: fc.double({ min: 0.3, max: 2.5, noNaN: true }),
  useSampleCovariance: fc.boolean(),
  winSize: fc.constantFrom(3, 5),
});

function close(x: number, y: number) {
  if (!Number.isFinite(y)) expect(x).toBe(y);
  else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
}

describe('ssimPsnr (SSIM, MSE and PSNR in one pass)', () => {
  it('equals psnr, mse and ssim computed separately on random 8-bit rasters (PSNR and MSE exactly)', () => {
    fc.assert(
      fc.property(arbImagePair(5, 14), settings, ({ a, b }, s) => {
        const options: SsimOptions = { dataRange: 255, ...s };
        const fused = ssimPsnr(a, b, options, 255);
        const sep = ssim(a, b, options);
        expect(fused.psnr).toBe(psnr(a, b, 255));
        expect(fused.mse).toBe(mse(a, b));
        close(fused.mssim, sep.mssim);
        fused.channelMssim.forEach((v, c) => close(v, sep.channelMssim[c]!));
      }),
      { numRuns: 60 },
    );
  });

  it('equals them on float rasters and with a reused reference', () => {
    const options: SsimOptions = {
      dataRange: 1,
      gaussianWeights: true,
      sigma: 1.5,
      useSampleCovariance: false,
    };
    const a = patternImage(23, 19, 3, 1);
    const ref = ssimReference(a, options);
    for (const seed of [2, 3, 4]) {
      const b = patternImage(23, 19, 3, seed);
      const fused = ssimPsnr(a, b, options, 1, ref);
      close(fused.psnr, psnr(a, b, 1));
      close(fused.mse, mse(a, b));
      close(fused.mssim, ssim(a, b, options).mssim);
    }
  });

  it('gives infinity and 0 for identical images', () => {
    const a = patternImage(12, 12, 1, 5);
    const r = ssimPsnr(a, a, { dataRange: 2 }, 2);
    expect(r.psnr).toBe(Infinity);
    expect(r.mse).toBe(0);
    close(r.mssim, 1);
  });

  it('refuses a reference of another image size or other options', () => {
    const a = patternImage(12, 12, 1, 5);
    const b = patternImage(12, 12, 1, 6);
    const ref = ssimReference(a, { dataRange: 2 });
    expect(() => ssimPsnr(a, b, { dataRange: 2, K1: 0.02 }, 2, ref)).toThrow(/ref/);
    const small = patternImage(11, 12, 1, 5);
    expect(() => ssimPsnr(small, small, { dataRange: 2 }, 2, ref)).toThrow(/ref/);
    expect(() => ssimPsnr(a, b, { dataRange: 2, returnMap: true }, 2, ref)).not.toThrow();
  });
});
