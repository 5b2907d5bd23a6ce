/**
 * Checks shared by the full-reference image metrics (MSE, PSNR, SSIM): two
 * rasters compared pixel by pixel must have the same width, height and
 * channel count, consistent data lengths and finite values.
 */
import type { Raster } from '../types';
import { MetricInputError, assertFiniteArray, assertPositiveInt } from '../validate';

/** Throws unless `r` is a well-formed Raster (positive sizes, data of W*H*C finite numbers). */
export function assertRaster(name: string, r: Raster): void {
  assertPositiveInt(`${name}.width`, r.width);
  assertPositiveInt(`${name}.height`, r.height);
  assertPositiveInt(`${name}.channels`, r.channels);
  const expected = r.width * r.height * r.channels;
  if (r.data.length !== expected) {
    throw new MetricInputError(
      `${name}.data`,
      `has ${r.data.length} values, expected ${expected} (width x height x channels)`,
    );
  }
  assertFiniteArray(`${name}.data`, r.data);
}

/** Throws unless a and b are well-formed rasters of identical size and channel count. */
export function assertSameRasterShape(a: Raster, b: Raster): void {
  assertRaster('a', a);
  assertRaster('b', b);
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) {
    throw new MetricInputError(
      'a, b',
      `images differ in size: ${a.width}x${a.height}x${a.channels} vs ${b.width}x${b.height}x${b.channels}`,
    );
  }
}

/** Throws unless the data range is a finite number > 0. */
export function assertDataRange(dataRange: number): void {
  if (typeof dataRange !== 'number' || !Number.isFinite(dataRange) || dataRange <= 0) {
    throw new MetricInputError('data_range', `expected a finite number > 0, got ${String(dataRange)}`);
  }
}
