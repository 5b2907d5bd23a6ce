/**
 * Per-keypoint terms of OKS and PCK for the pose section's figures: what the
 * live formulas and the per-joint tables show besides the headline number.
 */
import type { Maybe, NumArray } from '../types';
import { MetricInputError } from '../validate';
import { oksDetails, type KeypointDetection, type KeypointGroundTruth } from './oks';
import { oksRingRadius } from './oksRingRadius';
import { pckDetails } from './pck';
import { COCO_KEYPOINT_NAMES, COCO_SIGMAS } from '../detection/coco/cocoKeypoints';

/** OKS of one pose with every term a formula needs. */
export interface OksTerms {
  oks: number;
  /** exp(-d_i^2 / (2 s^2 k_i^2)) per keypoint; null where the keypoint is not counted (v = 0). */
  similarity: Maybe[];
  /** Number of keypoints averaged. */
  counted: number;
  /** Euclidean distance from each predicted keypoint to its ground truth, counted or not (px). */
  distance: number[];
  /** The per-keypoint constants sigma_i and k_i = 2 sigma_i. */
  sigma: number[];
  k: number[];
  /** The object area s^2 used (px^2). */
  area: number;
  /** s = sqrt(area) (px). */
  s: number;
}

/**
 * OKS as {@link oksDetails} computes it (pycocotools `computeOks`), plus each
 * keypoint's plain distance to its ground truth and the constants k_i = 2 sigma_i,
 * for showing the formula filled in. `sigmas` defaults to the 17 COCO sigmas.
 */
export function oksTerms(
  gt: KeypointGroundTruth,
  dt: KeypointDetection,
  sigmas: NumArray = COCO_SIGMAS,
): OksTerms {
  const r = oksDetails(gt, dt, sigmas);
  const distance: number[] = [];
  for (let i = 0; i < sigmas.length; i++) {
    const dx = (dt.keypoints[3 * i] as number) - (gt.keypoints[3 * i] as number);
    const dy = (dt.keypoints[3 * i + 1] as number) - (gt.keypoints[3 * i + 1] as number);
    distance.push(Math.sqrt(dx * dx + dy * dy));
  }
  const sigma = Array.from(sigmas);
  return { ...r, distance, sigma, k: sigma.map((s) => 2 * s), area: gt.area, s: Math.sqrt(gt.area) };
}

/** Tolerance-ring radii of every keypoint of one object. */
export interface RingRadii {
  sigma: number[];
  /** radius[i][j]: distance at which keypoint i's similarity equals similarities[j] (px). */
  radius: number[][];
}

/**
 * For an object of `area` px^2, the radius around each keypoint at which its
 * OKS term equals each of `similarities` ({@link oksRingRadius}).
 */
export function ringRadii(
  area: number,
  similarities: readonly number[],
  sigmas: NumArray = COCO_SIGMAS,
): RingRadii {
  if (similarities.length === 0) throw new MetricInputError('similarities', 'expected at least one value');
  const sigma = Array.from(sigmas);
  return { sigma, radius: sigma.map((s) => similarities.map((ks) => oksRingRadius(ks, area, s))) };
}

/** Which length a PCK threshold is a fraction of. */
export type PckReference = 'torso' | 'head';

const index = (name: (typeof COCO_KEYPOINT_NAMES)[number]) => COCO_KEYPOINT_NAMES.indexOf(name);

/**
 * The reference length of a COCO-ordered ground-truth pose: `torso` is the
 * distance from the left shoulder to the right hip (the LSP convention of
 * PCK@0.2); `head` is a head-size stand-in, the distance between the two
 * ears, because COCO's 17 keypoints have no head top or neck (MPII's PCKh
 * uses 60 % of the head box diagonal).
 */
export function referenceLength(gt: readonly (readonly number[])[], reference: PckReference): number {
  const [a, b] =
    reference === 'torso'
      ? [index('left_shoulder'), index('right_hip')]
      : [index('left_ear'), index('right_ear')];
  const p = gt[a];
  const q = gt[b];
  if (!p || !q) throw new MetricInputError('gt', `expected ${COCO_KEYPOINT_NAMES.length} [x, y] points`);
  return Math.hypot((p[0] as number) - (q[0] as number), (p[1] as number) - (q[1] as number));
}

/** PCK of one pose with its reference length, threshold and per-keypoint verdicts. */
export interface PckTerms {
  pck: Maybe;
  ref_distance: number;
  /** alpha * ref_distance (px). */
  threshold: number;
  distance: Maybe[];
  correct: (boolean | null)[];
}

/**
 * PCK@alpha ({@link pckDetails}, mmpose's rule: distance < alpha * ref) of a
 * COCO-ordered pose, with the reference length taken from the ground truth
 * ({@link referenceLength}).
 */
export function pckTerms(
  pred: readonly (readonly number[])[],
  gt: readonly (readonly number[])[],
  reference: PckReference,
  alpha: number,
  visible?: readonly boolean[],
): PckTerms {
  if (gt.length !== COCO_KEYPOINT_NAMES.length) {
    throw new MetricInputError(
      'gt',
      `expected ${COCO_KEYPOINT_NAMES.length} [x, y] points, got ${gt.length}`,
    );
  }
  const ref = referenceLength(gt, reference);
  const r = pckDetails(pred, gt, ref, alpha, visible);
  return { pck: r.pck, ref_distance: ref, threshold: alpha * ref, distance: r.distance, correct: r.correct };
}
