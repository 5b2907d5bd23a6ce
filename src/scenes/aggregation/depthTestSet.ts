/**
 * A seeded test set for "per image or pooled?" in depth: n frames whose
 * LiDAR ground truth has very different numbers of valid pixels (a dense
 * frame keeps 2,000 returns, a sparse one, in rain or at night, 40 to 200),
 * true depths uniform in 2..60 m. Two simulated models predict
 * d = d* (1 + e), e ~ N(0, s^2) per pixel:
 * - model a is sharp on dense frames (s = 0.04) and poor on sparse ones (s = 0.25);
 * - model b is the same everywhere (s = 0.08).
 * monodepth2 averages AbsRel per frame (compute_errors per image, then the
 * mean), so every sparse frame counts fully and b wins; pooled over all valid
 * pixels, the dense frames dominate and a wins. AbsRel comes from the
 * metrics package (KITTI caps 1e-3..80 m, no median scaling).
 */
import { mulberry32, normalSampler } from '../../lib/random';
import { depthMetrics } from '../../metrics/depth/depthMetrics';
import { checkImageCount, meanOfDefined, type ModelAggregate } from './testSet';

/** Valid pixels of a dense frame. */
export const DENSE_PIXELS = 2000;
/** Share of frames that are sparse. */
export const SPARSE_SHARE = 0.5;

/** What `aggregation_depth` returns: AbsRel of both models, per frame and pooled, and each frame's pixel count. */
export interface DepthAggregation {
  abs_rel: { a: ModelAggregate; b: ModelAggregate };
  pixels: number[];
}

/** Scores both models' AbsRel on the seeded test set, per frame then averaged, and pooled over all pixels. */
export function depthAggregation(n: number, seed: number): DepthAggregation {
  checkImageCount(n);
  const rand = mulberry32(seed);
  const normal = normalSampler(mulberry32(seed ^ 0x9e3779b9));
  const gtAll: number[] = [];
  const aAll: number[] = [];
  const bAll: number[] = [];
  const perA: (number | null)[] = [];
  const perB: (number | null)[] = [];
  const pixels: number[] = [];
  for (let i = 0; i < n; i++) {
    const sparse = rand() < SPARSE_SHARE;
    const count = sparse ? 40 + Math.floor(rand() * 161) : DENSE_PIXELS;
    const sA = sparse ? 0.25 : 0.04;
    const gt = new Float64Array(count);
    const a = new Float64Array(count);
    const b = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      const d = 2 + rand() * 58;
      gt[k] = d;
      a[k] = Math.max(0.01, d * (1 + sA * normal()));
      b[k] = Math.max(0.01, d * (1 + 0.08 * normal()));
      gtAll.push(d);
      aAll.push(a[k]!);
      bAll.push(b[k]!);
    }
    perA.push(depthMetrics(a, gt).abs_rel);
    perB.push(depthMetrics(b, gt).abs_rel);
    pixels.push(count);
  }
  return {
    abs_rel: {
      a: {
        per_image_scores: perA,
        per_image: meanOfDefined(perA),
        pooled: depthMetrics(aAll, gtAll).abs_rel,
      },
      b: {
        per_image_scores: perB,
        per_image: meanOfDefined(perB),
        pooled: depthMetrics(bAll, gtAll).abs_rel,
      },
    },
    pixels,
  };
}
