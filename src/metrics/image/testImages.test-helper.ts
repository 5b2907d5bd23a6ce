/** Helpers for image-metric tests. */
import fc from 'fast-check';
import type { Raster } from '../types';

/** A raster from plain values. */
export function raster(width: number, height: number, data: readonly number[], channels = 1): Raster {
  return { width, height, channels, data: Float64Array.from(data) };
}

/** Deterministic test image: ((i*37 + 11 seed) mod 101)/100 + 0.3 sin(0.7 i + seed), the formula used to make the scipy values. */
export function patternImage(width: number, height: number, channels: number, seed: number): Raster {
  const n = width * height * channels;
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = ((i * 37 + seed * 11) % 101) / 100 + 0.3 * Math.sin(i * 0.7 + seed);
  return { width, height, channels, data };
}

/** fast-check arbitrary: a pair of same-sized 8-bit-valued images. */
export function arbImagePair(
  minSide = 1,
  maxSide = 12,
  maxChannels = 3,
): fc.Arbitrary<{ a: Raster; b: Raster }> {
  return fc
    .record({
      w: fc.integer({ min: minSide, max: maxSide }),
      h: fc.integer({ min: minSide, max: maxSide }),
      c: fc.integer({ min: 1, max: maxChannels }),
    })
    .chain(({ w, h, c }) =>
      fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 255 }), { minLength: w * h * c, maxLength: w * h * c }),
          fc.array(fc.integer({ min: 0, max: 255 }), { minLength: w * h * c, maxLength: w * h * c }),
        )
        .map(([x, y]) => ({ a: raster(w, h, x, c), b: raster(w, h, y, c) })),
    );
}
