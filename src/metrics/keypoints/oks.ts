/**
 * Object keypoint similarity (OKS) of one predicted pose against one
 * ground-truth pose, the IoU analogue of COCO keypoint evaluation.
 */
import type { BoxXywh, Maybe, NumArray } from '../types';
import { MetricInputError, assertFinite, assertFiniteArray } from '../validate';
import { assertBox } from '../detection/boxIou';
import { keypointSimilarities, oksVariances } from '../detection/coco/keypointOks';
import { pairwiseSum } from '../detection/coco/pairwiseSum';

/** A ground-truth pose: keypoints [x, y, v] * K (v > 0: labelled), its segment area and box. */
export interface KeypointGroundTruth {
  keypoints: NumArray;
  area: number;
  bbox: BoxXywh;
}

/** A predicted pose: keypoints [x, y, score] * K (the score is not used by OKS). */
export interface KeypointDetection {
  keypoints: NumArray;
}

/** OKS and its per-keypoint terms. */
export interface OksResult {
  oks: number;
  /** exp(-e_i) per keypoint; null for a keypoint left out (unlabelled in a gt with labelled keypoints). */
  similarity: Maybe[];
  /** Number of keypoints averaged. */
  counted: number;
}

function assertSigmas(sigmas: unknown): asserts sigmas is NumArray {
  assertFiniteArray('sigmas', sigmas);
  if (sigmas.length === 0) throw new MetricInputError('sigmas', 'expected at least one keypoint');
  for (let i = 0; i < sigmas.length; i++) {
    if ((sigmas[i] as number) <= 0) throw new MetricInputError('sigmas', `element ${i} must be positive`);
  }
}

function assertKeypoints(name: string, kp: unknown, k: number): asserts kp is NumArray {
  assertFiniteArray(name, kp);
  if (kp.length !== 3 * k) {
    throw new MetricInputError(
      name,
      `has ${kp.length} values, expected ${3 * k} ([x, y, v] for ${k} keypoints)`,
    );
  }
}

/**
 * OKS with its per-keypoint similarities, exactly as pycocotools
 * `COCOeval.computeOks` (cocoapi@8c9bcc3) for one gt and one detection,
 * through the same kernel as COCO keypoint evaluation (`keypointSimilarities`,
 * the mean in numpy's pairwise summation order):
 * with vars_i = (2 sigma_i)^2 and, per keypoint,
 *   e_i = (dx_i^2 + dy_i^2) / vars_i / (area + eps) / 2,  eps = np.spacing(1),
 * OKS = mean of exp(-e_i) over the gt keypoints with v > 0.
 * When no gt keypoint has v > 0, every keypoint counts and dx, dy are the
 * distances from the predicted keypoint to the gt box enlarged by its own
 * width and height on each side, [x - w, x + 2w] x [y - h, y + 2h]
 * (0 inside it). (COCO: ks_i = exp(-d_i^2 / (2 s^2 k_i^2)), s^2 = area, k_i = 2 sigma_i.)
 *
 * Throws MetricInputError when keypoint arrays are not 3K long (K = number
 * of sigmas), a sigma is not positive, the area is negative, or the box is
 * invalid.
 */
export function oksDetails(gt: KeypointGroundTruth, dt: KeypointDetection, sigmas: NumArray): OksResult {
  assertSigmas(sigmas);
  const k = sigmas.length;
  if (typeof gt !== 'object' || gt === null) throw new MetricInputError('gt', 'expected an object');
  if (typeof dt !== 'object' || dt === null) throw new MetricInputError('dt', 'expected an object');
  assertKeypoints('gt.keypoints', gt.keypoints, k);
  assertKeypoints('dt.keypoints', dt.keypoints, k);
  assertFinite('gt.area', gt.area);
  if (gt.area < 0) throw new MetricInputError('gt.area', `must be >= 0, got ${gt.area}`);
  assertBox('gt.bbox', gt.bbox);

  const g = gt.keypoints;
  const terms = new Float64Array(k);
  const counted = keypointSimilarities(
    dt.keypoints,
    0,
    g,
    0,
    gt.bbox,
    0,
    gt.area,
    oksVariances(sigmas),
    terms,
  );
  // The kernel packs the counted terms; put them back in keypoint order, null where left out.
  const all = counted === k;
  let next = 0;
  const similarity: Maybe[] = [];
  for (let i = 0; i < k; i++) {
    similarity.push(all || (g[3 * i + 2] as number) > 0 ? (terms[next++] as number) : null);
  }
  return { oks: pairwiseSum(terms, 0, counted) / counted, similarity, counted };
}

/** OKS of one detection against one ground truth; see {@link oksDetails}. In [0, 1]. */
export function oks(gt: KeypointGroundTruth, dt: KeypointDetection, sigmas: NumArray): number {
  return oksDetails(gt, dt, sigmas).oks;
}
