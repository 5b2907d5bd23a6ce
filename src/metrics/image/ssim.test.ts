import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { ssim } from './ssim';
import { ssimAtPixel } from './ssimPixel';
import { resolveSsimOptions, SSIM_PAPER_SETTINGS, type SsimOptions } from './ssimOptions';
import { arbImagePair, patternImage, raster } from './testImages.test-helper';

/**
 * Brute-force SSIM map of one channel: `ssimAtPixel` at every pixel, which
 * sums the 2-D window straight from the definition through the reflect rule
 * (no separable filter), so it checks the fast path independently.
 */
function bruteMap(a: Raster, b: Raster, channel: number, options: SsimOptions): number[] {
  const out: number[] = [];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) out.push(ssimAtPixel(a, b, x, y, channel, options).ssim);
  }
  return out;
}

const settings = fc.record({
  gaussianWeights: fc.boolean(),
  sigma: fc.double({ min: 0.3, max: 2.5, noNaN: true }),
  useSampleCovariance: fc.boolean(),
  winSize: fc.constantFrom(3, 5),
});

describe('SSIM (skimage 0.19 structural_similarity)', () => {
  it('gives the hand-worked value for two constant images: only the luminance term remains', () => {
    // Variances are 0, so SSIM = (2 a b + C1) / (a^2 + b^2 + C1) at every pixel.
    const c1 = (0.01 * 255) ** 2;
    const expected = (2 * 100 * 120 + c1) / (100 * 100 + 120 * 120 + c1);
    const r = ssim(raster(8, 8, Array(64).fill(100)), raster(8, 8, Array(64).fill(120)), { dataRange: 255 });
    expect(r.mssim).toBeCloseTo(expected, 14);
  });

  it('matches values computed with scipy.ndimage filters the way skimage 0.19 combines them', () => {
    // Tiny 4x3 image, Gaussian sigma 1.5: radius 5 exceeds the image, so the reflect border wraps several times.
    const a = raster(4, 3, [241, 160, 175, 229, 148, 198, 213, 57, 14, 76, 72, 223]);
    const b = raster(4, 3, [233, 1, 127, 210, 33, 204, 30, 119, 209, 77, 87, 71]);
    const tiny = ssim(a, b, { dataRange: 255, ...SSIM_PAPER_SETTINGS, winSize: 3, returnMap: true });
    expect(tiny.mssim).toBeCloseTo(0.08093989854568738, 12);
    const scipyMap = [
      0.23810804920213544, 0.2283154362216472, 0.23099350068685973, 0.24706135400327914, 0.05435891680030669,
      0.06546771924763319, 0.09641207784374158, 0.123264348967206, -0.13922551759833504, -0.11582518964823227,
      -0.06552882764215455, -0.028944538440971834,
    ];
    scipyMap.forEach((v, i) => expect(tiny.map![i]).toBeCloseTo(v, 12));
    const tall = ssim(patternImage(5, 9, 1, 1), patternImage(5, 9, 1, 2), { dataRange: 1, winSize: 5 });
    expect(tall.mssim).toBeCloseTo(0.5680169786833554, 12);
    const two = ssim(patternImage(12, 10, 2, 3), patternImage(12, 10, 2, 4), {
      dataRange: 2,
      gaussianWeights: true,
      sigma: 0.8,
      winSize: 7,
    });
    expect(two.mssim).toBeCloseTo(0.45831567943801743, 12);
    const small = ssim(patternImage(7, 7, 1, 5), patternImage(7, 7, 1, 6), {
      dataRange: 1,
      gaussianWeights: true,
      sigma: 0.3,
      winSize: 3,
      useSampleCovariance: false,
    });
    expect(small.mssim).toBeCloseTo(0.3237381065704112, 12);
  });

  it('equals a brute-force 2-D window computation at every pixel', () => {
    fc.assert(
      fc.property(arbImagePair(5, 11, 2), settings, ({ a, b }, s) => {
        const options: SsimOptions = { dataRange: 255, ...s, returnMap: true };
        const r = ssim(a, b, options);
        if (a.channels === 1) {
          bruteMap(a, b, 0, options).forEach((v, i) => expect(Math.abs(r.map![i]! - v)).toBeLessThan(1e-12));
        }
        // mssim per channel is the mean of the brute-force map over the crop.
        const crop = (s.winSize - 1) / 2;
        for (let c = 0; c < a.channels; c++) {
          const m = bruteMap(a, b, c, options);
          let sum = 0;
          let count = 0;
          for (let y = crop; y < a.height - crop; y++)
            for (let x = crop; x < a.width - crop; x++, count++) sum += m[y * a.width + x]!;
          expect(Math.abs(r.channelMssim[c]! - sum / count)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is 1 for identical images, symmetric in its arguments, and within [-1, 1]', () => {
    fc.assert(
      fc.property(arbImagePair(5, 12, 3), settings, ({ a, b }, s) => {
        const options = { dataRange: 255, ...s };
        expect(ssim(a, a, options).mssim).toBeCloseTo(1, 12);
        const ab = ssim(a, b, options).mssim;
        expect(Math.abs(ab - ssim(b, a, options).mssim)).toBeLessThan(1e-12);
        expect(ab).toBeLessThanOrEqual(1 + 1e-12);
        expect(ab).toBeGreaterThanOrEqual(-1 - 1e-12);
      }),
      { numRuns: 80 },
    );
  });

  it('returns the channel-mean map only when asked, and the crop mean of the map is mssim', () => {
    const a = patternImage(9, 8, 1, 1);
    const b = patternImage(9, 8, 1, 9);
    expect(ssim(a, b, { dataRange: 2 }).map).toBeNull();
    const r = ssim(a, b, { dataRange: 2, winSize: 3, returnMap: true });
    expect(r.map!.length).toBe(72);
    let s = 0;
    for (let y = 1; y < 7; y++) for (let x = 1; x < 8; x++) s += r.map![y * 9 + x]!;
    expect(r.mssim).toBeCloseTo(s / 42, 14);
    const rgb = ssim(patternImage(9, 8, 3, 1), patternImage(9, 8, 3, 2), {
      dataRange: 2,
      winSize: 3,
      returnMap: true,
    });
    expect(rgb.channelMssim.length).toBe(3);
    expect(rgb.mssim).toBeCloseTo(
      (rgb.channelMssim[0]! + rgb.channelMssim[1]! + rgb.channelMssim[2]!) / 3,
      14,
    );
  });

  it('uses an 11-pixel window by default with Gaussian weights (sigma 1.5) and 7 otherwise', () => {
    expect(resolveSsimOptions({ dataRange: 1, gaussianWeights: true }, 20, 20).winSize).toBe(11);
    expect(resolveSsimOptions({ dataRange: 1 }, 20, 20).winSize).toBe(7);
    expect(resolveSsimOptions({ dataRange: 1 }, 20, 20).covNorm).toBeCloseTo(49 / 48, 15);
  });

  it('refuses invalid windows, constants and mismatched images, naming the argument', () => {
    const a = raster(6, 6, Array(36).fill(1));
    const bad: [Partial<SsimOptions>, RegExp][] = [
      [{ winSize: 7 }, /^win_size: 7 is larger/],
      [{ winSize: 4 }, /^win_size: must be an odd/],
      [{ winSize: 1 }, /^win_size: must be at least 3/],
      [{ K1: 0 }, /^K1:/],
      [{ K2: -1 }, /^K2:/],
      [{ sigma: 0, gaussianWeights: true }, /^sigma:/],
      [{ dataRange: 0 }, /^data_range:/],
    ];
    for (const [o, re] of bad) expect(() => ssim(a, a, { dataRange: 1, ...o })).toThrow(re);
    expect(ssim(a, a, { dataRange: 1, winSize: 1, useSampleCovariance: false }).mssim).toBe(1);
    expect(() => ssim(a, raster(6, 5, Array(30).fill(1)), { dataRange: 1, winSize: 3 })).toThrow(
      MetricInputError,
    );
  });
});
