/**
 * The transparent classifier behind the section's Inception Score: for a
 * point x, p(y = k | x) = softmax_k(-||x - c_k||^2 / T) over the 8 real mode
 * centres c_k. With T = 2 s^2 (s = the real spread) this is the exact
 * posterior of the real mixture, so the classifier is as good as a classifier
 * of these modes can be. It never sees a real sample, only the centres.
 */
import { GRID, MODES, REAL_CENTRES, REAL_SPREAD } from './ring';

/** The classifier's temperature T = 2 s^2 = 2. */
export const TEMPERATURE = 2 * REAL_SPREAD * REAL_SPREAD;

/** p(y|x) of every point (flat [x, y, ...]): a row-major Float64Array of n x 8 probabilities. */
export function classProbabilities(points: Float64Array, temperature: number = TEMPERATURE): Float64Array {
  const n = points.length / 2;
  const out = new Float64Array(n * MODES);
  const logits = new Float64Array(MODES);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let k = 0; k < MODES; k++) {
      const dx = points[2 * i]! - REAL_CENTRES[2 * k]! * GRID;
      const dy = points[2 * i + 1]! - REAL_CENTRES[2 * k + 1]! * GRID;
      logits[k] = -(dx * dx + dy * dy) / temperature;
      if (logits[k]! > max) max = logits[k]!;
    }
    let sum = 0;
    for (let k = 0; k < MODES; k++) {
      logits[k] = Math.exp(logits[k]! - max);
      sum += logits[k]!;
    }
    for (let k = 0; k < MODES; k++) out[i * MODES + k] = logits[k]! / sum;
  }
  return out;
}

/** The marginal p(y): the mean of the rows of `probs` (n x 8). */
export function marginal(probs: Float64Array): number[] {
  const n = probs.length / MODES;
  const out = new Array<number>(MODES).fill(0);
  for (let i = 0; i < n; i++) for (let k = 0; k < MODES; k++) out[k]! += probs[i * MODES + k]! / n;
  return out;
}
