import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantize, quantizeRaster } from './quantize';

describe('quantize', () => {
  it('rounds half up and clips to 0..255', () => {
    expect(Array.from(quantize([-3, -0.4, 0.5, 1.49, 2.5, 254.5, 255, 300]))).toEqual([
      0, 0, 1, 1, 3, 255, 255, 255,
    ]);
  });

  it('leaves 8-bit integers unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 })), (xs) => {
        expect(Array.from(quantize(xs))).toEqual(xs);
      }),
    );
  });

  it('keeps the raster shape', () => {
    const r = quantizeRaster({ width: 2, height: 1, channels: 3, data: [0.2, 1.7, 2, 3, 4.6, 5] });
    expect(r).toMatchObject({ width: 2, height: 1, channels: 3 });
    expect(Array.from(r.data)).toEqual([0, 2, 2, 3, 5, 5]);
  });
});
