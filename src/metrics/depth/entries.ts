/**
 * Registry entry of the depth family: `depth` of test/reference/FORMAT.md.
 */
import { defineMetric } from '../entry';
import { flag, numArray, optionalNumber } from '../args';
import { DEPTH_ERROR_FIELDS } from '../types';
import { DEFAULT_MAX_DEPTH, DEFAULT_MIN_DEPTH, depthMetrics } from './depthMetrics';

/** Entry `depth`. */
export const depthEntries = [
  defineMetric({
    id: 'depth',
    fields: [...DEPTH_ERROR_FIELDS, 'valid', 'scale'],
    args: {
      pred: numArray,
      gt: numArray,
      min_depth: optionalNumber(DEFAULT_MIN_DEPTH),
      max_depth: optionalNumber(DEFAULT_MAX_DEPTH),
      median_scaling: flag(false),
    },
    run: (a) =>
      depthMetrics(a.pred, a.gt, {
        minDepth: a.min_depth,
        maxDepth: a.max_depth,
        medianScaling: a.median_scaling,
      }),
  }),
] as const;
