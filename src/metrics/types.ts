/**
 * Shared data shapes of the metrics package. They mirror the encodings of
 * test/reference/FORMAT.md so that conformance cases, the worker and the
 * widgets all pass the same objects.
 */

/** A numeric array: a plain array or any typed array. */
export type NumArray = ArrayLike<number>;

/** Row-major image with interleaved channels, values in [0, data_range]. */
export interface Raster {
  width: number;
  height: number;
  channels: number;
  data: NumArray;
}

/** Row-major map of integer class ids. */
export interface LabelMap {
  width: number;
  height: number;
  data: NumArray;
}

/** A box in COCO convention: [x, y, width, height] (defined with the other geometry types in `lib/geometry`). */
export type { BoxXywh } from '../lib/geometry';

/**
 * A metric value that may be undefined. `null` means the metric is undefined
 * for this input (for example 0/0); it is never replaced by 0, 1 or NaN.
 */
export type Maybe = number | null;

/**
 * The error and accuracy fields of the `depth` metric (test/reference/FORMAT.md),
 * in display order; the result also has `valid` and `scale`.
 */
export const DEPTH_ERROR_FIELDS = [
  'abs_rel',
  'sq_rel',
  'rmse',
  'rmse_log',
  'log10',
  'silog',
  'a1',
  'a2',
  'a3',
  'abs_error',
] as const;
