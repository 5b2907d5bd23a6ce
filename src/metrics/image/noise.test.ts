import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addNoise, noiseField, noiseMse } from './noise';
import { mse } from './mse';
import { raster } from './testImages.test-helper';

const arbImage = fc
  .record({ w: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 1, max: 8 }) })
  .chain(({ w, h }) =>
    fc
      .array(fc.integer({ min: 0, max: 255 }), { minLength: w * h * 3, maxLength: w * h * 3 })
      .map((d) => raster(w, h, d, 3)),
  );

describe('seeded noise', () => {
  it('gives the same field for the same seed and a different one for another seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        expect(Array.from(noiseField(50, seed))).toEqual(Array.from(noiseField(50, seed)));
      }),
    );
    expect(Array.from(noiseField(10, 1))).not.toEqual(Array.from(noiseField(10, 2)));
  });

  it('adds sigma times the field, rounded and clipped', () => {
    const img = raster(4, 1, [0, 100, 250, 128]);
    const field = [-1, 0.26, 1, 0.5];
    expect(Array.from(addNoise(img, 10, field).data)).toEqual([0, 103, 255, 133]);
  });

  it('leaves the image unchanged at sigma 0', () => {
    fc.assert(
      fc.property(arbImage, (img) => {
        const out = addNoise(img, 0, noiseField(img.data.length, 7));
        expect(Array.from(out.data)).toEqual(Array.from(img.data));
      }),
    );
  });

  it('noiseMse equals the MSE of the noisy copy and never decreases as sigma grows', () => {
    fc.assert(
      fc.property(
        arbImage,
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (img, s1, s2) => {
          const field = noiseField(img.data.length, 3);
          expect(noiseMse(img, s1, field)).toBeCloseTo(mse(img, addNoise(img, s1, field)), 9);
          const [lo, hi] = s1 < s2 ? [s1, s2] : [s2, s1];
          expect(noiseMse(img, lo, field)).toBeLessThanOrEqual(noiseMse(img, hi, field));
        },
      ),
    );
  });

  it('names a bad sigma, seed or short field', () => {
    const img = raster(2, 1, [1, 2]);
    expect(() => addNoise(img, -1, [0, 0])).toThrow(/sigma/);
    expect(() => addNoise(img, 1, [0])).toThrow(/field/);
    expect(() => noiseField(4, 1.5)).toThrow(/seed/);
  });
});
