/**
 * The implementations table on the photos the app ships: the spread of SSIM
 * over the variants, and the ranking flip on the coffee photo with Wang's
 * ssim.m conventions (luma, automatic 2x downsampling).
 */
import { describe, expect, it } from 'vitest';
import { readPngRgb } from '../../sections/image-quality/figures/blur-noise/pngRgb.test-helper';
import { implementationTable } from './implementations';
import { imageQualityEntries } from './entries';
import { laneOf } from '../../worker/lanes';
import { PSNR_VARIANT_IDS, SSIM_VARIANT_IDS } from '../../metrics/image/ssimVariants';
import { iqText } from '../../i18n/imageQuality';

const row = (t: ReturnType<typeof implementationTable>, id: string) => t.ssim.find((r) => r.variant === id)!;

describe('implementationTable', () => {
  it('coffee, blur 1.5, matched noise: SSIM spreads widely and ssim.m ranks the noisy copy higher', () => {
    const t = implementationTable(readPngRgb('public/images/coffee.png'), 1.5, null, 1);
    expect(t.matched).toBe(true);
    expect(t.noise_sigma).toBeCloseTo(12.213, 9);
    const rgb = t.psnr.find((r) => r.variant === 'rgb')!;
    expect(Math.abs(rgb.blurred - rgb.noisy)).toBeLessThan(0.01);
    const values = t.ssim.flatMap((r) => [r.blurred, r.noisy]).map((v) => v.toFixed(3));
    expect(new Set(values).size).toBeGreaterThanOrEqual(4);
    const wang = row(t, 'luma-downsampled');
    expect(wang.noisy).toBeGreaterThan(wang.blurred); // 0.918 vs 0.897
    expect(wang.blurred).toBeCloseTo(0.897, 3);
    expect(wang.noisy).toBeCloseTo(0.918, 3);
    const sk = row(t, 'skimage-default');
    expect(sk.blurred).toBeGreaterThan(sk.noisy);
  });

  it('astronaut: the review’s values (uniform 0.875 / 0.579, ssim.m 0.947 / 0.867, float trap 0.912)', () => {
    const t = implementationTable(readPngRgb('public/images/astronaut.png'), 1.5, 12.412, 1);
    expect(t.matched).toBe(false);
    expect(row(t, 'skimage-default').blurred).toBeCloseTo(0.875, 3);
    expect(row(t, 'skimage-default').noisy).toBeCloseTo(0.579, 3);
    expect(row(t, 'gaussian-rgb').blurred).toBeCloseTo(0.8646, 4);
    expect(row(t, 'luma-downsampled').blurred).toBeCloseTo(0.947, 3);
    expect(row(t, 'luma-downsampled').noisy).toBeCloseTo(0.867, 3);
    expect(row(t, 'float-range').blurred).toBeCloseTo(0.912, 3);
    // PSNR on Y: the noise partly averages out over the channels, the blur does not
    const y = t.psnr.find((r) => r.variant === 'y')!;
    expect(y.noisy - y.blurred).toBeGreaterThan(2);
  });

  it('is registered as a heavy scene entry that reads null noise as "match"', () => {
    const e = imageQualityEntries.find((x) => x.id === 'image_quality_implementations')!;
    expect(e).toBeDefined();
    expect(laneOf(e.id)).toBe('heavy');
  });

  it('has a name, a description and a call on screen for every variant, in the worker’s order', () => {
    expect(Object.keys(iqText.implementations.ssimRows)).toEqual([...SSIM_VARIANT_IDS]);
    expect(Object.keys(iqText.implementations.psnrRows)).toEqual([...PSNR_VARIANT_IDS]);
  });
});
