import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchNoiseSigma } from './matchNoise';
import { solveNoiseSigma } from './solveNoiseSigma';
import { noiseField, noiseMse } from './noise';
import { patternImage } from './testImages.test-helper';
import { quantize } from './quantize';

function photoLike(w: number, h: number, lo: number, span: number) {
  const p = patternImage(w, h, 3, 2);
  return { ...p, data: quantize(Array.from(p.data, (v) => lo + span * v)) };
}

describe('solveNoiseSigma (the bisection of matchNoiseSigma with fewer MSE evaluations)', () => {
  // The slow reference is matchNoiseSigma itself: a plain bisection over whole-image MSEs.
  const mid = photoLike(24, 20, 40, 120);
  const clipped = photoLike(24, 20, -60, 380); // many pixels at 0 and 255: clipping bends MSE(sigma)
  const field = noiseField(mid.data.length, 11);

  it('returns exactly what the bisection returns for any target', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(mid, clipped),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.constantFrom(10, 60),
        (img, target, max) => {
          expect(solveNoiseSigma(img, field, target, max)).toEqual(matchNoiseSigma(img, field, target, max));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns exactly what the bisection returns for targets the noise reaches exactly (its early stop)', () => {
    fc.assert(
      fc.property(fc.constantFrom(mid, clipped), fc.double({ min: 0, max: 60, noNaN: true }), (img, s) => {
        const target = noiseMse(img, s, field);
        expect(solveNoiseSigma(img, field, target, 60)).toEqual(matchNoiseSigma(img, field, target, 60));
      }),
      { numRuns: 150 },
    );
  });

  it('falls back to the bisection for an image that is not 8-bit', () => {
    const float = patternImage(10, 8, 1, 3);
    const f = noiseField(80, 2);
    expect(solveNoiseSigma(float, f, 0.2, 5)).toEqual(matchNoiseSigma(float, f, 0.2, 5));
  });

  it('names bad arguments and reports a target out of reach', () => {
    expect(() => solveNoiseSigma(mid, field, -1, 60)).toThrow(/target/);
    expect(() => solveNoiseSigma(mid, field, 10, 0)).toThrow(/max_sigma/);
    expect(solveNoiseSigma(mid, field, 1e6, 10)).toMatchObject({ sigma: 10, matched: false });
  });
});
