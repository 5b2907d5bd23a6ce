/**
 * Names for the worker results this section reads, derived from the entries'
 * declarations (nothing restated by hand), and the depth fields it shows.
 */
import type { MetricResult } from '../../worker/door';

/** `depth`. */
export type DepthMetricsResult = MetricResult<'depth'>;
/** `depth_scene`. */
export type DepthSceneResult = MetricResult<'depth_scene'>;
/** One depth band of `depth_scene`. */
export type BandResult = DepthSceneResult['bands'][number];

/** The `depth` fields the figures can show, in display order. */
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
] as const satisfies readonly (keyof DepthMetricsResult)[];
/** One of DEPTH_FIELDS. */
export type DepthField = (typeof DEPTH_FIELDS)[number];
