/**
 * App-only entry of the depth section: `depth_scene` renders the synthetic
 * scene, simulates a model's prediction from the reader's controls and
 * evaluates it, all in one worker request.
 */
import * as v from 'valibot';
import { defineScene } from '../entry';
import { extended, flag, optionalNumber } from '../../metrics/args';
import { DEFAULT_MAX_DEPTH, DEFAULT_MIN_DEPTH } from '../../metrics/depth/depthMetrics';
import { depthScene } from './depthScene';

/**
 * `depth_scene`. Args: `scale` (default 1), `near_noise`, `far_noise` (sigma
 * as a fraction of true depth, default 0), `edge_blur` (pixels, default 0),
 * `max_depth` (default 80; Infinity for no cap), `min_depth` (default 1e-3),
 * `median_scaling` (default false), `sky_fill` (metres, default 0), `maps`
 * (default true). Result: DepthSceneResult.
 */
export const depthSceneEntries = [
  defineScene({
    id: 'depth_scene',
    fields: [
      'metrics',
      'naive',
      'naive.rmse',
      'naive.a1',
      'bands',
      'near_pixels',
      'far_pixels',
      'sky_prediction',
    ],
    args: {
      scale: optionalNumber(1),
      near_noise: optionalNumber(0),
      far_noise: optionalNumber(0),
      edge_blur: optionalNumber(0),
      max_depth: v.optional(extended, DEFAULT_MAX_DEPTH),
      min_depth: optionalNumber(DEFAULT_MIN_DEPTH),
      median_scaling: flag(false),
      sky_fill: optionalNumber(0),
      maps: flag(true),
    },
    run: (a) =>
      depthScene({
        scale: a.scale,
        nearNoise: a.near_noise,
        farNoise: a.far_noise,
        edgeBlur: a.edge_blur,
        maxDepth: a.max_depth,
        minDepth: a.min_depth,
        medianScaling: a.median_scaling,
        skyFill: a.sky_fill,
        maps: a.maps,
      }),
  }),
] as const;
