import { describe, expect, it } from 'vitest';
import { imageQualityEntries } from './entries';
import { patternImage } from '../../metrics/image/testImages.test-helper';
import { quantize } from '../../metrics/image/quantize';
import { SCENES } from '../registry';
import { getMetric } from '../../metrics/registry';

const entry = (id: string) => imageQualityEntries.find((e) => e.id === id)!;
const p = patternImage(32, 24, 3, 1);
const image = { ...p, data: quantize(Array.from(p.data, (v) => 30 + 150 * v)) };

describe('image-quality entries', () => {
  it('are registered as scenes, not as metrics', () => {
    for (const e of imageQualityEntries) {
      expect(SCENES.get(e.id)).toBe(e);
      expect(getMetric(e.id)).toBeUndefined();
    }
  });

  it('read snake_case args and compute a scored copy in one request', () => {
    const r = entry('image_quality_copy').compute({ image, kind: 'blur', level: 0 }) as { psnr: number };
    expect(r.psnr).toBe(Infinity);
    const m = entry('image_quality_match_noise').compute({ image, blur: 1, seed: 2 }) as {
      psnr: number;
      target_psnr: number;
    };
    expect(Math.abs(m.psnr - m.target_psnr)).toBeLessThan(0.05);
  });

  it('compute the pair from `a` or from the built-in `image`', () => {
    const fromImage = entry('image_quality_pair').compute({ image, kind: 'brightness', level: 10 }) as {
      mse: number;
    };
    const fromA = entry('image_quality_pair').compute({ a: image, kind: 'brightness', level: 10 }) as {
      mse: number;
    };
    expect(fromA.mse).toBe(fromImage.mse);
    expect(entry('feature_distance_demo').compute({ a: image, b: image })).toBe(0);
  });

  it('name the bad argument', () => {
    const copy = entry('image_quality_copy');
    expect(() => copy.compute({ image, kind: 'sharpen', level: 1 })).toThrow(/kind/);
    expect(() => copy.compute({ image, kind: 'blur' })).toThrow(/level/);
    expect(() => copy.compute({ image, kind: 'noise', level: 3, seed: 0.5 })).toThrow(/seed/);
    expect(() => copy.compute({ kind: 'blur', level: 1 })).toThrow(/image/);
    expect(() =>
      entry('image_quality_ssim_pixel').compute({ image, kind: 'blur', level: 1, x: 99, y: 0 }),
    ).toThrow(/x/);
    expect(() => entry('image_quality_feature_table').compute({ image, blur: 1, seed: 1 })).toThrow(/jpeg/);
  });
});
