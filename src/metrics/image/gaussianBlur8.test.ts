import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianBlur, gaussianBlur8 } from './gaussianBlur';
import { quantizeRaster } from './quantize';
import { arbImagePair, patternImage } from './testImages.test-helper';

describe('gaussianBlur8 (blur, then round and clip to 8 bits, in one go)', () => {
  it('gives the same bytes as quantizeRaster(gaussianBlur(...)) on random 8-bit rasters', () => {
    fc.assert(
      fc.property(
        arbImagePair(1, 16),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.constantFrom(undefined, 2, 4),
        ({ a }, sigma, truncate) => {
          const options = truncate === undefined ? {} : { truncate };
          expect(gaussianBlur8(a, sigma, options)).toEqual(quantizeRaster(gaussianBlur(a, sigma, options)));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('rounds and clips out-of-range float input the same way', () => {
    const img = patternImage(9, 7, 3, 4);
    const scaled = { ...img, data: Float64Array.from(img.data, (v) => 400 * v - 100) };
    for (const sigma of [0, 0.1, 1.2]) {
      expect(gaussianBlur8(scaled, sigma)).toEqual(quantizeRaster(gaussianBlur(scaled, sigma)));
    }
  });

  it('names a bad sigma', () => {
    expect(() => gaussianBlur8(patternImage(4, 4, 1, 1), -1)).toThrow(/sigma/);
  });
});
