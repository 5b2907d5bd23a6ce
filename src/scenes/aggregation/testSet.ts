/**
 * Shared pieces of the aggregation test sets: the seeded test-set size and
 * the per-model summary every aggregation scene returns (scores per image,
 * their mean, and the same metric pooled over all pixels of the set).
 */
import { MetricInputError } from '../../metrics/validate';

/** Smallest and largest test set the aggregation figures offer. */
export const MIN_IMAGES = 4;
export const MAX_IMAGES = 400;

/** One model's scores on a test set. */
export interface ModelAggregate {
  /** The section's metric on each image, in test-set order (null where undefined on that image). */
  per_image_scores: (number | null)[];
  /** Mean of the defined per-image scores: "compute per image, then average". */
  per_image: number | null;
  /** The metric computed once over every pixel of the set: "pool, then compute". */
  pooled: number | null;
}

/** Checks the number of images (an integer in [MIN_IMAGES, MAX_IMAGES]). */
export function checkImageCount(n: number): number {
  if (!Number.isInteger(n) || n < MIN_IMAGES || n > MAX_IMAGES)
    throw new MetricInputError('n', `expected a whole number of images from ${MIN_IMAGES} to ${MAX_IMAGES}`);
  return n;
}

/** Mean of the non-null values, or null when there is none. */
export function meanOfDefined(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    count++;
  }
  return count === 0 ? null : sum / count;
}
