import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ssim } from './ssim';
import { ssimAtPixel, ssimPixelTerms } from './ssimPixel';
import { arbImagePair, patternImage, raster } from './testImages.test-helper';

describe('SSIM inspector at one pixel', () => {
  it('splits SSIM into luminance, contrast and structure whose product is the map value', () => {
    fc.assert(
      fc.property(
        arbImagePair(3, 9, 3),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        ({ a, b }, gaussianWeights, useSampleCovariance, pick) => {
          const options = {
            dataRange: 255,
            gaussianWeights,
            useSampleCovariance,
            winSize: 3,
            returnMap: true,
          };
          const x = pick % a.width;
          const y = Math.floor(pick / a.width) % a.height;
          const c = pick % a.channels;
          const p = ssimAtPixel(a, b, x, y, c, options);
          expect(Math.abs(p.luminance * p.contrast * p.structure - p.ssim)).toBeLessThan(1e-15);
          if (a.channels === 1)
            expect(Math.abs(p.ssim - ssim(a, b, options).map![y * a.width + x]!)).toBeLessThan(1e-12);
          expect(p.luminance).toBeLessThanOrEqual(1 + 1e-15);
          expect(p.contrast).toBeLessThanOrEqual(1 + 1e-12);
          // sigma is the square root of the variance (which is >= 0 up to rounding).
          expect(p.sigmaX).toBeGreaterThanOrEqual(0);
          expect(Math.abs(p.sigmaX * p.sigmaX - Math.max(0, p.varX))).toBeLessThan(1e-9 * (1 + p.varX));
          expect(Math.abs(p.sigmaY * p.sigmaY - Math.max(0, p.varY))).toBeLessThan(1e-9 * (1 + p.varY));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reports the window statistics: a constant image has its value as mean and zero variance', () => {
    const a = raster(5, 5, Array(25).fill(50));
    const b = raster(5, 5, Array(25).fill(100));
    const p = ssimAtPixel(a, b, 2, 2, 0, { dataRange: 255, winSize: 3 });
    expect(p.muX).toBeCloseTo(50, 12);
    expect(p.muY).toBeCloseTo(100, 12);
    expect(Math.abs(p.varX)).toBeLessThan(1e-10);
    expect(Math.abs(p.covXY)).toBeLessThan(1e-10);
    const c1 = (0.01 * 255) ** 2;
    expect(p.luminance).toBeCloseTo((2 * 50 * 100 + c1) / (50 * 50 + 100 * 100 + c1), 12);
    expect(p.contrast).toBeCloseTo(1, 10);
    expect(p.structure).toBeCloseTo(1, 10);
  });

  it('gives structure 1 for the same pattern and about -1 for an inverted one', () => {
    const a = patternImage(7, 7, 1, 1);
    const inv = { ...a, data: Array.from(a.data, (v) => 2 - v) };
    const same = ssimAtPixel(a, a, 3, 3, 0, { dataRange: 1, winSize: 5 });
    expect(same.structure).toBeCloseTo(1, 12);
    expect(same.ssim).toBeCloseTo(1, 12);
    expect(ssimAtPixel(a, inv, 3, 3, 0, { dataRange: 1, winSize: 5 }).structure).toBeLessThan(-0.99);
  });

  it('refuses a pixel or channel outside the image', () => {
    const a = raster(3, 3, Array(9).fill(0));
    expect(() => ssimAtPixel(a, a, 3, 0, 0, { dataRange: 1, winSize: 3 })).toThrow(/^x:/);
    expect(() => ssimAtPixel(a, a, 0, -1, 0, { dataRange: 1, winSize: 3 })).toThrow(/^y:/);
    expect(() => ssimAtPixel(a, a, 0, 0, 1, { dataRange: 1, winSize: 3 })).toThrow(/^channel:/);
  });

  it('renames every term for results, value for value', () => {
    const p = {
      muX: 1,
      muY: 2,
      varX: 3,
      varY: 4,
      covXY: 5,
      sigmaX: Math.sqrt(3),
      sigmaY: 2,
      luminance: 0.6,
      contrast: 0.7,
      structure: 0.8,
      ssim: 0.9,
      c1: 6.5025,
      c2: 58.5225,
      c3: 29.26125,
    };
    expect(ssimPixelTerms(p)).toEqual({
      mu_x: 1,
      mu_y: 2,
      var_x: 3,
      var_y: 4,
      cov_xy: 5,
      sigma_x: Math.sqrt(3),
      sigma_y: 2,
      luminance: 0.6,
      contrast: 0.7,
      structure: 0.8,
      pixel_ssim: 0.9,
    });
  });
});
