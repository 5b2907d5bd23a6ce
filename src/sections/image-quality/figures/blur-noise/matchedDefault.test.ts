/**
 * The blurry-versus-noisy figure opens on the matched pair: the stored
 * default noise σ is what "Match PSNR" computes for the default photo, blur
 * and seed, and at that σ both copies have the same PSNR within 0.01 dB.
 * The photo is decoded from the file the app ships, so these are the pixels
 * the worker scores.
 */
import { describe, expect, it } from 'vitest';
import { readPngRgb } from './pngRgb.test-helper';
import { matchNoiseToBlur, scoredCopy } from '../../../../scenes/image-quality/pipeline';
import { photoInfo, photoPath } from '../../../../assets/photoCatalog';
import { DEFAULT_BLUR, MATCHED_NOISE, NOISE_GRID, blurNoiseWidget } from '../../state';

describe('the matched default of image-quality.blur-noise', () => {
  const d = blurNoiseWidget.defaults;
  const info = photoInfo(d.photo)!;
  const image = readPngRgb(`public/${photoPath(info)}`);

  it('stores the noise σ that Match PSNR finds, on the 0.001 grid', () => {
    expect(d).toMatchObject({ blur: DEFAULT_BLUR, noise: MATCHED_NOISE });
    const m = matchNoiseToBlur(image, d.blur, d.seed);
    expect(m.matched).toBe(true);
    const onGrid = Number((Math.round(m.sigma / NOISE_GRID) * NOISE_GRID).toFixed(3));
    expect(onGrid).toBeCloseTo(MATCHED_NOISE, 9);
  });

  it('gives both copies the same PSNR within 0.01 dB, and SSIM prefers the blurred one', () => {
    const blurred = scoredCopy(image, { kind: 'blur', level: d.blur });
    const noisy = scoredCopy(image, { kind: 'noise', level: d.noise, seed: d.seed });
    expect(Math.abs(blurred.psnr - noisy.psnr)).toBeLessThanOrEqual(0.01);
    expect(blurred.ssim - noisy.ssim).toBeGreaterThan(0.05);
  });
});
