/**
 * The simulated model's prediction for the synthetic scene: the ground truth
 * smeared at edges, scaled, and disturbed by seeded Gaussian noise whose
 * standard deviation is a percentage of the true depth.
 */
import type { DepthScene } from './scene';
import { gaussianBlur } from '../../metrics/image/gaussianBlur';
import { gaussianField } from '../../lib/random';
import { FAR_LIMIT, NEAR_LIMIT } from './bands';
import { MetricInputError, assertFinite } from '../../metrics/validate';

/** What the model gets wrong. */
export interface PredictionControls {
  /** Every predicted depth is multiplied by this (a monocular model's unknown scale), > 0. */
  scale: number;
  /** Noise sigma as a fraction of the true depth for pixels nearer than 3 m, in [0, 1]. */
  nearNoise: number;
  /** Noise sigma as a fraction of the true depth for pixels beyond 20 m, in [0, 1]. */
  farNoise: number;
  /** Gaussian blur sigma in pixels applied to the depth map (smeared edges), in [0, 10]. */
  edgeBlur: number;
  /** Seed of the noise field (fixed in the app, so a setting always gives the same map). */
  seed?: number;
}

/** The depth the model predicts for the sky, which has no ground truth: fixed, in metres. */
export const SKY_PREDICTION = 39;
/** The app's noise seed. */
export const NOISE_SEED = 20140608;

function checkRange(name: string, v: number, lo: number, hi: number): void {
  assertFinite(name, v);
  if (v < lo || v > hi) throw new MetricInputError(name, `must be in [${lo}, ${hi}], got ${v}`);
}

/** Throws MetricInputError naming the first control out of its range. */
export function checkPredictionControls(c: PredictionControls): void {
  assertFinite('scale', c.scale);
  if (c.scale <= 0) throw new MetricInputError('scale', `must be positive, got ${c.scale}`);
  checkRange('near_noise', c.nearNoise, 0, 1);
  checkRange('far_noise', c.farNoise, 0, 1);
  checkRange('edge_blur', c.edgeBlur, 0, 10);
}

/**
 * The prediction d_i for every pixel i of the scene:
 *   d_i = scale * B_i * (1 + sigma(g_i) * z_i)   where the pixel has ground truth g_i > 0,
 *   d_i = SKY_PREDICTION                          for the sky (no ground truth),
 * with B = the scene blurred with a Gaussian of `edgeBlur` pixels (sky counted
 * at SKY_PREDICTION, so edges next to the sky smear towards it), z a seeded
 * standard normal field, and sigma(g) = nearNoise below 3 m, farNoise above
 * 20 m, 0 in between. This is a stand-in for a network's errors, not a real
 * model. Values may be <= 0 for extreme noise: the evaluation clamps them.
 */
export function predictDepth(scene: DepthScene, c: PredictionControls): Float64Array {
  checkPredictionControls(c);
  const { width, height, gt } = scene;
  const base = new Float64Array(gt.length);
  for (let i = 0; i < gt.length; i++) base[i] = gt[i]! > 0 ? gt[i]! : SKY_PREDICTION;
  const blurred = gaussianBlur({ width, height, channels: 1, data: base }, c.edgeBlur).data;
  const z = gaussianField(gt.length, c.seed ?? NOISE_SEED);
  const pred = new Float64Array(gt.length);
  for (let i = 0; i < gt.length; i++) {
    const g = gt[i]!;
    if (g <= 0) {
      pred[i] = SKY_PREDICTION;
      continue;
    }
    const sigma = g < NEAR_LIMIT ? c.nearNoise : g > FAR_LIMIT ? c.farNoise : 0;
    pred[i] = c.scale * blurred[i]! * (1 + sigma * z[i]!);
  }
  return pred;
}
