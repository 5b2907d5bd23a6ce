/**
 * One request of the depth section: render the scene, simulate the model,
 * evaluate it as monodepth2 does, and split the errors by distance band; also
 * the naive evaluation without a validity mask, and the maps to draw.
 */
import type { DepthResult } from '../../metrics/depth/depthMetrics';
import { DEFAULT_MIN_DEPTH, depthMetrics } from '../../metrics/depth/depthMetrics';
import { MetricInputError, assertFinite } from '../../metrics/validate';
import { bandContributions, type BandContribution } from './bands';
import { naiveDepth, type NaiveResult } from './naive';
import { SKY_PREDICTION, predictDepth, type PredictionControls } from './prediction';
import { defaultScene, type DepthScene } from './scene';

/** Everything a depth_scene request can set. */
export interface DepthSceneOptions extends PredictionControls {
  /** Evaluation cap (80 KITTI, 10 NYU, Infinity for none). */
  maxDepth: number;
  /** Evaluation floor, default 1e-3 (monodepth2 MIN_DEPTH). */
  minDepth?: number;
  /** Median scaling before evaluation (monocular protocol). */
  medianScaling: boolean;
  /** Ground truth the naive evaluation writes into the sky, metres. */
  skyFill: number;
  /** Whether to return the maps (drawing) or only the numbers. */
  maps: boolean;
}

/** The maps of a depth_scene result, row-major, width x height. */
export interface DepthSceneMaps {
  /** Ground truth in metres, 0 where there is none. */
  gt: Float32Array;
  /** The model's prediction before median scaling and clamping, metres. */
  pred: Float32Array;
  /** |d - d*| in metres after scaling and clamping; 0 where the pixel is not counted. */
  absError: Float32Array;
  /** |d - d*| / d*; 0 where the pixel is not counted. */
  relError: Float32Array;
  /** 1 where the evaluation counts the pixel (min_depth < gt < max_depth). */
  counted: Uint8Array;
}

/** The result of a depth_scene request. */
export interface DepthSceneResult {
  width: number;
  height: number;
  /** The depth metrics over counted pixels (monodepth2 protocol), with abs_error, valid and scale. */
  metrics: DepthResult;
  /** The naive rmse and a1 over every pixel. */
  naive: NaiveResult;
  /** Each distance band's part of RMSE^2 and AbsRel. */
  bands: BandContribution[];
  /** Valid-pixel counts nearer than 3 m and beyond 20 m. */
  near_pixels: number;
  far_pixels: number;
  /** The fixed depth the model predicts for the sky (no ground truth), metres. */
  sky_prediction: number;
  maps: DepthSceneMaps | null;
}

/**
 * Evaluates the simulated prediction of `predictDepth` on `scene` with
 * `depthMetrics` (monodepth2: valid where minDepth < gt < maxDepth, optional
 * median scaling, clamping to [minDepth, maxDepth]); maxDepth = Infinity
 * means no cap. The band split and the error maps use exactly the pixels and
 * the scaled, clamped predictions of that evaluation. Throws MetricInputError
 * for controls out of range, maxDepth <= minDepth or a negative skyFill.
 */
export function depthScene(o: DepthSceneOptions, scene: DepthScene = defaultScene()): DepthSceneResult {
  const minDepth = o.minDepth ?? DEFAULT_MIN_DEPTH;
  assertFinite('min_depth', minDepth);
  if (Number.isNaN(o.maxDepth)) throw new MetricInputError('max_depth', 'expected a number, got NaN');
  if (!(o.maxDepth > minDepth)) throw new MetricInputError('max_depth', `must exceed min_depth ${minDepth}`);
  const { gt, width, height } = scene;
  const pred = predictDepth(scene, o);
  const evalMax = Number.isFinite(o.maxDepth) ? o.maxDepth : Number.MAX_VALUE;
  const metrics = depthMetrics(pred, gt, { minDepth, maxDepth: evalMax, medianScaling: o.medianScaling });
  const naive = naiveDepth(pred, gt, {
    fill: o.skyFill,
    minDepth,
    maxDepth: o.maxDepth,
    medianScaling: o.medianScaling,
  });
  const scale = metrics.scale ?? 1;
  const n = gt.length;
  const counted = new Uint8Array(n);
  const evaluated = new Float64Array(n);
  let near = 0;
  let far = 0;
  for (let i = 0; i < n; i++) {
    const g = gt[i]!;
    if (g > minDepth && g < evalMax) {
      counted[i] = 1;
      if (g < 3) near++;
      else if (g > 20) far++;
    }
    evaluated[i] = Math.min(evalMax, Math.max(minDepth, pred[i]! * scale));
  }
  const bands = bandContributions(evaluated, gt, counted);
  let maps: DepthSceneMaps | null = null;
  if (o.maps) {
    const absError = new Float32Array(n);
    const relError = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      if (!counted[i]) continue;
      const e = Math.abs(evaluated[i]! - gt[i]!);
      absError[i] = e;
      relError[i] = e / gt[i]!;
    }
    maps = { gt: Float32Array.from(gt), pred: Float32Array.from(pred), absError, relError, counted };
  }
  return {
    width,
    height,
    metrics,
    naive,
    bands,
    near_pixels: near,
    far_pixels: far,
    sky_prediction: SKY_PREDICTION,
    maps,
  };
}
