import { describe, expect, it } from 'vitest';
import { imageEntries } from './entries';
import { patternImage } from './testImages.test-helper';

const entry = (id: string) => imageEntries.find((e) => e.id === id)! as { compute: (a: object) => unknown };
const img = (seed: number) => {
  const r = patternImage(8, 8, 1, seed);
  return { width: 8, height: 8, channels: 1, data: Array.from(r.data) };
};

describe('image registry entries', () => {
  it('registers mse, psnr, ssim and lpips_features once each', () => {
    expect(imageEntries.map((e) => e.id).sort()).toEqual(['lpips_features', 'mse', 'psnr', 'ssim']);
  });

  it('keeps the SSIM map out of the result unless return_map is set', () => {
    const args = { a: img(1), b: img(2), data_range: 2, win_size: 3 };
    const plain = entry('ssim').compute(args) as Record<string, unknown>;
    expect(plain.map).toBeUndefined();
    expect(typeof plain.mssim).toBe('number');
    const withMap = entry('ssim').compute({ ...args, return_map: true }) as Record<string, unknown>;
    expect((withMap.map as Float64Array).length).toBe(64);
  });

  it('adds the inspector fields for a pixel, with l c s equal to the pixel SSIM', () => {
    const r = entry('ssim').compute({
      a: img(1),
      b: img(2),
      data_range: 2,
      win_size: 3,
      pixel: { x: 2, y: 5 },
    }) as Record<string, number>;
    expect(r.luminance! * r.contrast! * r.structure!).toBeCloseTo(r.pixel_ssim!, 14);
    expect(() =>
      entry('ssim').compute({ a: img(1), b: img(2), data_range: 2, win_size: 3, pixel: { x: 9, y: 0 } }),
    ).toThrow(/^x:/);
  });

  it('computes mse and psnr from FORMAT-shaped images', () => {
    const a = { width: 2, height: 1, channels: 1, data: [0, 0] };
    const b = { width: 2, height: 1, channels: 1, data: [3, 1] };
    expect(entry('mse').compute({ a, b })).toBe(5);
    expect(entry('psnr').compute({ a, b, data_range: 255 })).toBeCloseTo(10 * Math.log10(255 ** 2 / 5), 12);
    expect(entry('psnr').compute({ a, b: a, data_range: 255 })).toBe(Infinity);
  });
});
