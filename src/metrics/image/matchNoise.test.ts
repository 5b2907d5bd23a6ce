import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchNoiseSigma } from './matchNoise';
import { noiseField, noiseMse } from './noise';
import { patternImage } from './testImages.test-helper';
import { quantize } from './quantize';

function photoLike(w: number, h: number) {
  const p = patternImage(w, h, 3, 2);
  return { ...p, data: quantize(Array.from(p.data, (v) => 40 + 120 * v)) };
}

describe('matchNoiseSigma', () => {
  const img = photoLike(64, 48);
  const field = noiseField(img.data.length, 11);

  it('finds a sigma whose MSE is within a hair of the target', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 400, noNaN: true }), (target) => {
        const m = matchNoiseSigma(img, field, target, 60);
        expect(m.matched).toBe(true);
        expect(noiseMse(img, m.sigma, field)).toBe(m.mse);
        // PSNR within 0.05 dB: |10 log10(m.mse / target)| small (the MSE is a step function of sigma).
        expect(Math.abs(10 * Math.log10(m.mse / target))).toBeLessThan(0.05);
      }),
      { numRuns: 25 },
    );
  });

  it('recovers the sigma that produced a target MSE', () => {
    const target = noiseMse(img, 7.3, field);
    const m = matchNoiseSigma(img, field, target, 60);
    expect(m.mse).toBeCloseTo(target, 9);
    expect(Math.abs(m.sigma - 7.3)).toBeLessThan(0.2);
  });

  it('returns 0 for a target of 0 and reports a target out of reach', () => {
    expect(matchNoiseSigma(img, field, 0, 60)).toEqual({ sigma: 0, mse: 0, matched: true, steps: 0 });
    const far = matchNoiseSigma(img, field, 1e6, 10);
    expect(far.matched).toBe(false);
    expect(far.sigma).toBe(10);
  });

  it('names bad arguments', () => {
    expect(() => matchNoiseSigma(img, field, -1, 60)).toThrow(/target/);
    expect(() => matchNoiseSigma(img, field, 10, 0)).toThrow(/max_sigma/);
  });
});
