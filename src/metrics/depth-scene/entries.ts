/**
 * App-only registry entry of the depth section: `depth_scene` renders the
 * synthetic scene, simulates a model's prediction from the reader's controls
 * and evaluates it, all in one worker request.
 */
import type { MetricEntry } from '../entry';
import { readBool, readExtendedNumber, readOptionalNumber } from '../args';
import { DEFAULT_MAX_DEPTH, DEFAULT_MIN_DEPTH } from '../depth/depthMetrics';
import { depthScene } from './depthScene';

/**
 * Args: `scale` (default 1), `near_noise`, `far_noise` (sigma as a fraction
 * of true depth, default 0), `edge_blur` (pixels, default 0), `max_depth`
 * (default 80; `"inf"` / Infinity for no cap), `min_depth` (default 1e-3),
 * `median_scaling` (default false), `sky_fill` (metres, default 0), `maps`
 * (default true). Result: DepthSceneResult.
 */
function readDepthSceneArgs(args: Record<string, unknown>) {
  return {
    scale: readOptionalNumber(args, 'scale', 1),
    nearNoise: readOptionalNumber(args, 'near_noise', 0),
    farNoise: readOptionalNumber(args, 'far_noise', 0),
    edgeBlur: readOptionalNumber(args, 'edge_blur', 0),
    maxDepth: args.max_depth === undefined ? DEFAULT_MAX_DEPTH : readExtendedNumber(args, 'max_depth'),
    minDepth: readOptionalNumber(args, 'min_depth', DEFAULT_MIN_DEPTH),
    medianScaling: readBool(args, 'median_scaling', false),
    skyFill: readOptionalNumber(args, 'sky_fill', 0),
    maps: readBool(args, 'maps', true),
  };
}

/** Entries of the depth section's scene. */
export const depthSceneEntries: MetricEntry[] = [
  {
    id: 'depth_scene',
    title: 'Synthetic depth scene: prediction, errors and their split by distance',
    higherIsBetter: false,
    range: [0, Infinity],
    latex:
      '\\mathrm{RMSE}^2 = \\sum_{b} \\frac{1}{N} \\sum_{i \\in b} (d_i - d_i^*)^2,\\quad \\mathrm{AbsRel} = \\sum_{b} \\frac{1}{N} \\sum_{i \\in b} \\frac{|d_i - d_i^*|}{d_i^*}',
    compute: (args) => depthScene(readDepthSceneArgs(args)),
  },
];
