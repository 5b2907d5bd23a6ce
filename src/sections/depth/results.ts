/**
 * Names for the worker results this section reads, derived from the entries'
 * declarations (nothing restated by hand), and the depth fields it shows.
 */
import type { MetricResult } from '../../worker/door';
import { DEPTH_ERROR_FIELDS } from '../../metrics/types';

/** `depth`. */
export type DepthMetricsResult = MetricResult<'depth'>;
/** `depth_scene`. */
export type DepthSceneResult = MetricResult<'depth_scene'>;
/** One depth band of `depth_scene`. */
export type BandResult = DepthSceneResult['bands'][number];

/** The `depth` fields the figures can show, in display order. */
export const DEPTH_FIELDS = DEPTH_ERROR_FIELDS satisfies readonly (keyof DepthMetricsResult)[];
/** One of DEPTH_FIELDS. */
export type DepthField = (typeof DEPTH_FIELDS)[number];
