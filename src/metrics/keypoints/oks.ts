/**
 * Object keypoint similarity (OKS) of one predicted pose against one
 * ground-truth pose, the IoU analogue of COCO keypoint evaluation.
 */
import type { BoxXywh, Maybe, NumArray } from '../types';
import { MetricInputError, assertFinite, assertFiniteArray } from '../validate';
import { assertBox } from '../detection/boxIou';

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

/** numpy's np.spacing(1): the gap between 1 and the next double, 2^-52. */
export const EPS = Number.EPSILON;

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
 * `COCOeval.computeOks` (cocoapi@8c9bcc3) for one gt and one detection:
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
  const d = dt.keypoints;
  let labelled = 0;
  for (let i = 0; i < k; i++) if ((g[3 * i + 2] as number) > 0) labelled++;
  const [bx, by, bw, bh] = gt.bbox;
  const x0 = bx - bw;
  const x1 = bx + bw * 2;
  const y0 = by - bh;
  const y1 = by + bh * 2;
  const scale = gt.area + EPS;

  const similarity: Maybe[] = [];
  let sum = 0;
  for (let i = 0; i < k; i++) {
    if (labelled > 0 && !((g[3 * i + 2] as number) > 0)) {
      similarity.push(null);
      continue;
    }
    const xd = d[3 * i] as number;
    const yd = d[3 * i + 1] as number;
    let dx: number;
    let dy: number;
    if (labelled > 0) {
      dx = xd - (g[3 * i] as number);
      dy = yd - (g[3 * i + 1] as number);
    } else {
      dx = Math.max(0, x0 - xd) + Math.max(0, xd - x1);
      dy = Math.max(0, y0 - yd) + Math.max(0, yd - y1);
    }
    const s2 = (sigmas[i] as number) * 2;
    const e = (dx * dx + dy * dy) / (s2 * s2) / scale / 2;
    const sim = Math.exp(-e);
    similarity.push(sim);
    sum += sim;
  }
  const counted = labelled > 0 ? labelled : k;
  return { oks: sum / counted, similarity, counted };
}

/** OKS of one detection against one ground truth; see {@link oksDetails}. In [0, 1]. */
export function oks(gt: KeypointGroundTruth, dt: KeypointDetection, sigmas: NumArray): number {
  return oksDetails(gt, dt, sigmas).oks;
}
