/**
 * App-only entries of the "per image or pooled?" figures: seeded test sets
 * scored by two simulated models, per image then averaged and pooled over
 * all pixels (issue 15; the figures add `bootstrap` intervals over the
 * per-image scores).
 */
import { defineScene } from '../entry';
import { optionalNumber, positiveInt } from '../../metrics/args';
import { segmentationAggregation } from './segmentationTestSet';
import { depthAggregation } from './depthTestSet';
import { imageQualityAggregation } from './imageQualityTestSet';

const testSetArgs = { n: positiveInt, seed: optionalNumber(1) };

/** Entries `aggregation_segmentation`, `aggregation_depth`, `aggregation_image_quality` (light lane: small synthetic sets). */
export const aggregationEntries = [
  defineScene({
    id: 'aggregation_segmentation',
    fields: ['miou', 'mdice', 'radii'],
    args: testSetArgs,
    run: (a) => segmentationAggregation(a.n, a.seed),
  }),
  defineScene({
    id: 'aggregation_depth',
    fields: ['abs_rel', 'pixels'],
    args: testSetArgs,
    run: (a) => depthAggregation(a.n, a.seed),
  }),
  defineScene({
    id: 'aggregation_image_quality',
    fields: ['psnr', 'hard'],
    args: testSetArgs,
    run: (a) => imageQualityAggregation(a.n, a.seed),
  }),
] as const;
