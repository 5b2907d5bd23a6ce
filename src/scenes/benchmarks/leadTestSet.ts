/**
 * The "is a 0.01 lead real?" test set: n images, each with a difficulty
 * shared by both models, and two models whose per-image mIoU differ by a
 * true 0.01 on average plus each model's own per-image noise. Seeded: the
 * same (n, seed) gives the same scores, and a larger n extends a smaller
 * one (image i does not depend on n).
 */
import { mulberry32, normalSampler } from '../../lib/random';
import { MetricInputError } from '../../metrics/validate';

/** Smallest and largest test set of the figure. */
export const LEAD_IMAGES = { min: 50, max: 5000 } as const;
/** The true difference of the two models' mean mIoU. */
export const TRUE_GAP = 0.01;
/** Mean per-image mIoU of model B, spread of the image difficulty, spread of each model's own noise. */
const BASE = 0.7;
const DIFFICULTY_SD = 0.1;
const MODEL_SD = 0.06;

/** Per-image scores of the two models. */
export interface LeadTestSet {
  /** Model A's per-image mIoU (the one that is truly 0.01 better). */
  a: number[];
  /** Model B's per-image mIoU. */
  b: number[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The seeded scores of n images (an integer in [50, 5000]): difficulty
 * d_i ~ N(0.7, 0.1), a_i = d_i + 0.01 + e_i, b_i = d_i + f_i with
 * e, f ~ N(0, 0.06), clipped to [0, 1]. Throws MetricInputError for n out of range.
 */
export function leadTestSet(n: number, seed: number): LeadTestSet {
  if (!Number.isInteger(n) || n < LEAD_IMAGES.min || n > LEAD_IMAGES.max)
    throw new MetricInputError(
      'n',
      `expected a whole number of images from ${LEAD_IMAGES.min} to ${LEAD_IMAGES.max}`,
    );
  const normal = normalSampler(mulberry32(seed));
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = BASE + DIFFICULTY_SD * normal();
    a.push(clamp01(d + TRUE_GAP + MODEL_SD * normal()));
    b.push(clamp01(d + MODEL_SD * normal()));
  }
  return { a, b };
}
