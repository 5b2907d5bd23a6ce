import { describe, expect, it } from 'vitest';
import { boxDownsample, ssimDownsampleFactor } from './downsample';
import { raster } from './testImages.test-helper';

describe('ssimDownsampleFactor (ssim.m: max(1, round(min(M, N) / 256)))', () => {
  it('is 2 for both photos, 1 for small images, and rounds halves up', () => {
    expect(ssimDownsampleFactor(512, 512)).toBe(2);
    expect(ssimDownsampleFactor(600, 400)).toBe(2); // 400 / 256 = 1.5625
    expect(ssimDownsampleFactor(1000, 383)).toBe(1); // 1.496
    expect(ssimDownsampleFactor(384, 384)).toBe(2); // exactly 1.5
    expect(ssimDownsampleFactor(100, 100)).toBe(1); // round gives 0
    expect(ssimDownsampleFactor(1024, 768)).toBe(3);
  });
});

describe('boxDownsample (imfilter symmetric same, then every f-th pixel)', () => {
  const a3 = raster(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);

  it('makes 2 x 2 block means of an even-sized image', () => {
    const d = boxDownsample(raster(4, 2, [1, 3, 5, 7, 3, 5, 7, 9]), 2);
    expect([d.width, d.height]).toEqual([2, 1]);
    expect(Array.from(d.data)).toEqual([3, 7]);
  });

  it('mirrors the last row and column of an odd-sized image (the kernel centre is its first tap)', () => {
    const d = boxDownsample(a3, 2);
    expect([d.width, d.height]).toEqual([2, 2]);
    // (1+2+4+5)/4, (3+3+6+6)/4, (7+8+7+8)/4, 9
    expect(Array.from(d.data)).toEqual([3, 4.5, 7.5, 9]);
  });

  it('centres an odd kernel on the pixel: f = 3 averages rows and columns -1..1, mirrored', () => {
    const d = boxDownsample(a3, 3);
    expect([d.width, d.height]).toEqual([1, 1]);
    // rows {0, 0, 1} x columns {0, 0, 1}: (1+1+2) + (1+1+2) + (4+4+5) = 21
    expect(d.data[0]).toBeCloseTo(21 / 9, 12);
  });

  it('copies the image for f = 1 and refuses colour images or a bad factor', () => {
    expect(Array.from(boxDownsample(a3, 1).data)).toEqual(Array.from(a3.data));
    expect(() => boxDownsample(raster(1, 1, [1, 2, 3], 3), 2)).toThrow(/grey/);
    expect(() => boxDownsample(a3, 0)).toThrow(/integer/);
    expect(() => boxDownsample(a3, 1.5)).toThrow(/integer/);
  });
});
