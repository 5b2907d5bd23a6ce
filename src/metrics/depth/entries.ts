/**
 * Registry entry of the depth family: `depth` of test/reference/FORMAT.md.
 */
import type { MetricEntry } from '../entry';
import { readBool, readNumArray, readOptionalNumber } from '../args';
import { DEFAULT_MAX_DEPTH, DEFAULT_MIN_DEPTH, depthMetrics } from './depthMetrics';

/** Entry `depth`. */
export const depthEntries: MetricEntry[] = [
  {
    id: 'depth',
    title: 'Monocular depth errors',
    higherIsBetter: false,
    range: [0, Infinity],
    latex:
      '\\mathrm{AbsRel} = \\frac{1}{N} \\sum \\frac{|d - d^*|}{d^*},\\quad \\mathrm{RMSE} = \\sqrt{\\frac{1}{N} \\sum (d - d^*)^2},\\quad \\delta_k = \\frac{1}{N} \\#\\left\\{\\max\\left(\\frac{d}{d^*}, \\frac{d^*}{d}\\right) < 1.25^k\\right\\}',
    compute: (args) =>
      depthMetrics(readNumArray(args, 'pred'), readNumArray(args, 'gt'), {
        minDepth: readOptionalNumber(args, 'min_depth', DEFAULT_MIN_DEPTH),
        maxDepth: readOptionalNumber(args, 'max_depth', DEFAULT_MAX_DEPTH),
        medianScaling: readBool(args, 'median_scaling', false),
      }),
  },
];
