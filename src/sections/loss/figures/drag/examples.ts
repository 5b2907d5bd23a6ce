/**
 * The ten labelled examples of the hero figure: their true classes, the
 * grid of the predicted probabilities and the threshold, and the arguments
 * of the worker's `cross_entropy` and `classification` entries built from
 * the reader's probabilities. No metric maths here: the worker computes.
 */
import { clamp } from '../../../../lib/clamp';

/** True class of each example (0 cat, 1 dog): five cats, then five dogs. */
export const EXAMPLE_LABELS: readonly (0 | 1)[] = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
/** Predicted probability of "dog": 0.01 steps, never exactly 0 or 1 (the loss would be infinite). */
export const P_RANGE = { min: 0.01, max: 0.99, step: 0.01 } as const;
/** The decision threshold slider. */
export const THRESHOLD_RANGE = { min: 0.05, max: 0.95, step: 0.05 } as const;
/**
 * Default probabilities: cats at 0.05-0.6, dogs mirrored; with the threshold at 0.5,
 * example 5 (a cat at 0.6) and example 10 (a dog at 0.4) are wrong: accuracy 0.8.
 */
export const DEFAULT_P: readonly number[] = [0.05, 0.2, 0.35, 0.45, 0.6, 0.95, 0.8, 0.65, 0.55, 0.4];
export const DEFAULT_THRESHOLD = 0.5;

/** Hundredths of a probability, as an integer (0.35 → 35 even when stored as 0.35000000000000003). */
export const hundredths = (p: number) => Math.round(p * 100);

/** The predicted class at `threshold`: dog (1) when p >= threshold, else cat (0). */
export function predictedClass(p: number, threshold: number): 0 | 1 {
  return hundredths(p) >= hundredths(threshold) ? 1 : 0;
}

/** A probability moved by `delta`, on the 0.01 grid and inside P_RANGE. */
export function moveP(p: number, delta: number): number {
  return clamp(Math.round((p + delta) * 100), 1, 99) / 100;
}

/** `cross_entropy` arguments: rows [p(cat), p(dog)] and the true classes. */
export function crossEntropyArgs(p: readonly number[]): { probs: number[][]; labels: number[] } {
  return { probs: p.map((q) => [1 - q, q]), labels: [...EXAMPLE_LABELS] };
}

/** One `cross_entropy` argument per example (its own loss, for the bars). */
export function perExampleArgs(p: readonly number[]): { probs: number[][]; labels: number[] }[] {
  return p.map((q, i) => ({ probs: [[1 - q, q]], labels: [EXAMPLE_LABELS[i] as number] }));
}

/** `classification` arguments: the true classes and the classes predicted at the threshold. */
export function accuracyArgs(
  p: readonly number[],
  threshold: number,
): { gt: number[]; pred: number[]; num_classes: number } {
  return { gt: [...EXAMPLE_LABELS], pred: p.map((q) => predictedClass(q, threshold)), num_classes: 2 };
}
