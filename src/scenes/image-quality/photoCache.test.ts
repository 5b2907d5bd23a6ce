import { describe, expect, it } from 'vitest';
import { patternImage } from '../../metrics/image/testImages.test-helper';
import { quantize, quantizeRaster } from '../../metrics/image/quantize';
import { gaussianBlur } from '../../metrics/image/gaussianBlur';
import { mse } from '../../metrics/image/mse';
import { noiseField } from '../../metrics/image/noise';
import { matchNoiseSigma } from '../../metrics/image/matchNoise';
import { COPIES_PER_KIND, Lru, cachedCopy, photoReference } from './photoCache';
import { buildCopy } from './copies';
import { matchNoiseToBlur, scoredCopy } from './pipeline';
import { scoreCopy } from './score';
import { MAX_NOISE_SIGMA } from './settings';

function photoLike(w: number, h: number, seed = 1) {
  const p = patternImage(w, h, 3, seed);
  return { ...p, data: quantize(Array.from(p.data, (v) => 30 + 150 * v)) };
}

describe('Lru', () => {
  it('keeps the most recently used entries', () => {
    const l = new Lru<string, number>(2);
    l.set('a', 1);
    l.set('b', 2);
    expect(l.get('a')).toBe(1);
    l.set('c', 3);
    expect(l.get('b')).toBeUndefined();
    expect(l.get('a')).toBe(1);
    expect(l.length).toBe(2);
  });
});

describe('per-photo copy cache', () => {
  it('keeps a blurred copy while the noise changes many times', () => {
    const img = photoLike(24, 20);
    const blurred = cachedCopy(img, { kind: 'blur', level: 1.5 });
    for (let i = 0; i < 3 * COPIES_PER_KIND; i++) cachedCopy(img, { kind: 'noise', level: i, seed: 2 });
    expect(cachedCopy(img, { kind: 'blur', level: 1.5 })).toBe(blurred);
    expect(cachedCopy(img, { kind: 'noise', level: 0, seed: 2 })).not.toBe(
      cachedCopy(img, { kind: 'noise', level: 0, seed: 3 }),
    );
  });

  it('caches per photo pixel array: a new Raster around the same pixels (the registry makes one per request) hits', () => {
    const img = photoLike(24, 20);
    const wrapped = { ...img };
    expect(cachedCopy(wrapped, { kind: 'blur', level: 2 })).toBe(cachedCopy(img, { kind: 'blur', level: 2 }));
  });

  it('builds its own copies for new pixels (a restarted worker decodes the photo again)', () => {
    const img = photoLike(24, 20);
    const again = { ...img, data: Uint8Array.from(img.data) };
    const a = cachedCopy(again, { kind: 'blur', level: 2 });
    expect(a).not.toBe(cachedCopy(img, { kind: 'blur', level: 2 }));
    expect(a.shown).toEqual(cachedCopy(img, { kind: 'blur', level: 2 }).shown);
  });

  it('builds the photo SSIM statistics from the second scored copy on, with the same scores', () => {
    const img = photoLike(30, 26, 3);
    expect(photoReference(img)).toBeNull();
    expect(photoReference(img)).not.toBeNull();
    const fresh = photoLike(30, 26, 3);
    for (const spec of [
      { kind: 'blur', level: 1.2 },
      { kind: 'noise', level: 9, seed: 4 },
      { kind: 'contrast', level: 0.6 },
      { kind: 'translation', level: 2 },
      { kind: 'blur', level: 1.2 },
    ] as const) {
      const built = buildCopy(fresh, spec);
      const plain = scoreCopy(built.refScored, built.copyScored);
      const r = scoredCopy(fresh, spec);
      expect(r.psnr).toBe(plain.psnr);
      expect(r.mse).toBe(plain.mse);
      expect(Math.abs(r.ssim - plain.ssim)).toBeLessThan(1e-12);
    }
  });
});

describe('Match PSNR against the slow reference (blur, MSE, bisection over whole-image MSEs)', () => {
  it('gives the same sigma and matched flag as the bisection, also on the 0.001 noise grid', () => {
    const img = photoLike(40, 32, 5);
    for (const [blur, seed] of [
      [0.4, 1],
      [1.5, 9],
      [3, 2],
      [6, 7],
    ] as const) {
      const target = mse(img, quantizeRaster(gaussianBlur(img, blur)));
      const slow = matchNoiseSigma(img, noiseField(img.data.length, seed), target, MAX_NOISE_SIGMA);
      const fast = matchNoiseToBlur(img, blur, seed);
      expect(fast.sigma).toBe(slow.sigma);
      expect(fast.matched).toBe(slow.matched);
      expect(Math.round(fast.sigma / 0.001)).toBe(Math.round(slow.sigma / 0.001));
    }
  });
});
