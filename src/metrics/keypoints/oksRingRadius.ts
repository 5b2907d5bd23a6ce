/**
 * The distance at which one keypoint's OKS term reaches a given similarity,
 * for drawing tolerance rings around ground-truth keypoints.
 */
import { MetricInputError, assertFinite } from '../validate';
import { SPACING_1 } from '../spacing';

/**
 * Radius d (in pixels) at which a keypoint with constant `sigma` on an object
 * of `area` has similarity exp(-d^2 / (2 (area + eps) (2 sigma)^2)) equal to
 * `similarity`, i.e. d = 2 sigma sqrt(-2 ln(similarity) (area + eps)): the
 * inverse of the per-keypoint term of pycocotools `COCOeval.computeOks`
 * (cocoapi@8c9bcc3, eps = np.spacing(1)). 0 for similarity 1.
 *
 * Throws MetricInputError unless 0 < similarity <= 1, area >= 0 and sigma > 0.
 */
export function oksRingRadius(similarity: number, area: number, sigma: number): number {
  assertFinite('similarity', similarity);
  assertFinite('area', area);
  assertFinite('sigma', sigma);
  if (!(similarity > 0 && similarity <= 1)) {
    throw new MetricInputError('similarity', `expected a value in (0, 1], got ${similarity}`);
  }
  if (area < 0) throw new MetricInputError('area', `must be >= 0, got ${area}`);
  if (sigma <= 0) throw new MetricInputError('sigma', `must be positive, got ${sigma}`);
  if (similarity === 1) return 0;
  const kappa = 2 * sigma;
  return kappa * Math.sqrt(-2 * Math.log(similarity) * (area + SPACING_1));
}
