/**
 * Shapes of the worker results the depth figures read. The section may not
 * import metric code, so they are restated here from
 * src/metrics/depth/depthMetrics.ts (`DepthResult`) and
 * src/metrics/depth-scene/depthScene.ts (`DepthSceneResult`).
 */

/** The `depth` metric's result (monodepth2 errors plus abs_error, valid, scale). */
export interface DepthMetricsResult {
  abs_rel: number | null;
  sq_rel: number | null;
  rmse: number | null;
  rmse_log: number | null;
  log10: number | null;
  silog: number | null;
  a1: number | null;
  a2: number | null;
  a3: number | null;
  abs_error: number | null;
  valid: number;
  scale: number | null;
}

/** The fields of DepthMetricsResult shown as readouts, in display order. */
export const DEPTH_FIELDS = [
  'abs_rel',
  'sq_rel',
  'rmse',
  'rmse_log',
  'log10',
  'silog',
  'a1',
  'a2',
  'a3',
  'abs_error',
] as const;
export type DepthField = (typeof DEPTH_FIELDS)[number];

/** One distance band's share of the errors. */
export interface BandResult {
  id: 'near' | 'mid' | 'midfar' | 'far';
  lo: number;
  hi: number;
  pixels: number;
  pixel_share: number | null;
  mse_part: number | null;
  abs_rel_part: number | null;
  rmse_share: number | null;
  abs_rel_share: number | null;
}

/** The `depth_scene` result. */
export interface DepthSceneResult {
  width: number;
  height: number;
  metrics: DepthMetricsResult;
  naive: { rmse: number | null; a1: number | null; pixels: number };
  bands: BandResult[];
  near_pixels: number;
  far_pixels: number;
  /** The fixed depth the model predicts for the sky, metres. */
  sky_prediction: number;
  maps: {
    gt: Float32Array;
    pred: Float32Array;
    absError: Float32Array;
    relError: Float32Array;
    counted: Uint8Array;
  } | null;
}
