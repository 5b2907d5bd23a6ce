/**
 * Percentage of correct keypoints (PCK) of one pose.
 */
import type { Maybe } from '../types';
import { MetricInputError, assertFinite, assertFiniteArray, assertSameLength } from '../validate';

/** PCK with its per-keypoint distances. */
export interface PckResult {
  /** Fraction of visible keypoints within the threshold; null when none is visible. */
  pck: Maybe;
  /** Pixel distance per keypoint; null where not visible. */
  distance: Maybe[];
  /** Per keypoint: distance < alpha * ref_distance; null where not visible. */
  correct: (boolean | null)[];
  /** Number of visible keypoints. */
  visible: number;
}

function assertPoints(name: string, pts: unknown): asserts pts is readonly (readonly number[])[] {
  if (!Array.isArray(pts)) throw new MetricInputError(name, 'expected an array of [x, y] points');
  pts.forEach((p: unknown, i) => {
    assertFiniteArray(`${name}[${i}]`, p);
    if (p.length !== 2)
      throw new MetricInputError(name, `point ${i} has ${p.length} values, expected [x, y]`);
  });
}

/**
 * PCK = #{visible i : ||pred_i - gt_i|| / ref < alpha} / #{visible i}, the
 * distance strictly less than the threshold, as mmpose
 * `keypoint_pck_accuracy` (open-mmlab/mmpose
 * mmpose/core/evaluation/top_down_eval.py @0146679, one instance,
 * normalize = [ref, ref], thr = alpha): distances are normalized per axis,
 * then the Euclidean norm is compared with alpha. `refDistance` is the
 * normalizing length (a torso or bounding-box size for PCK, the head segment
 * for PCKh). mmpose stores the distances as float32; we keep double
 * precision, which differs only within ~1e-7 of the threshold.
 *
 * Null when no keypoint is visible (mmpose returns -1). Throws
 * MetricInputError for different numbers of points, a malformed point,
 * a non-positive ref distance (mmpose would silently substitute 1e6) or a
 * negative alpha.
 */
export function pckDetails(
  pred: readonly (readonly number[])[],
  gt: readonly (readonly number[])[],
  refDistance: number,
  alpha: number,
  visible?: readonly boolean[],
): PckResult {
  assertPoints('pred', pred);
  assertPoints('gt', gt);
  assertSameLength('pred', pred.length, 'gt', gt.length);
  assertFinite('ref_distance', refDistance);
  if (refDistance <= 0) throw new MetricInputError('ref_distance', `must be positive, got ${refDistance}`);
  assertFinite('alpha', alpha);
  if (alpha < 0) throw new MetricInputError('alpha', `must be >= 0, got ${alpha}`);
  if (visible !== undefined) {
    if (!Array.isArray(visible)) throw new MetricInputError('visible', 'expected an array of booleans');
    assertSameLength('visible', visible.length, 'gt', gt.length);
    visible.forEach((v, i) => {
      if (typeof v !== 'boolean')
        throw new MetricInputError('visible', `element ${i} is ${String(v)}, expected a boolean`);
    });
  }
  const distance: Maybe[] = [];
  const correct: (boolean | null)[] = [];
  let count = 0;
  let hits = 0;
  for (let i = 0; i < gt.length; i++) {
    if (visible && !visible[i]) {
      distance.push(null);
      correct.push(null);
      continue;
    }
    const p = pred[i]!;
    const g = gt[i]!;
    const dx = p[0]! - g[0]!;
    const dy = p[1]! - g[1]!;
    const nx = dx / refDistance;
    const ny = dy / refDistance;
    const ok = Math.sqrt(nx * nx + ny * ny) < alpha;
    distance.push(Math.sqrt(dx * dx + dy * dy));
    correct.push(ok);
    count++;
    if (ok) hits++;
  }
  return { pck: count === 0 ? null : hits / count, distance, correct, visible: count };
}

/** PCK of one pose; see {@link pckDetails}. Null when no keypoint is visible. */
export function pck(
  pred: readonly (readonly number[])[],
  gt: readonly (readonly number[])[],
  refDistance: number,
  alpha: number,
  visible?: readonly boolean[],
): Maybe {
  return pckDetails(pred, gt, refDistance, alpha, visible).pck;
}
