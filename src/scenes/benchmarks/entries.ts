/**
 * App-only entries of the benchmarks section (#/benchmarks): the seeded test
 * set of two models 0.01 mIoU apart (`benchmarks_lead`); the figure then asks
 * the `bootstrap` metric for the interval and flip rate (light lane).
 */
import { defineScene } from '../entry';
import { optionalNumber, positiveInt } from '../../metrics/args';
import { leadTestSet } from './leadTestSet';

/** Entry `benchmarks_lead`. */
export const benchmarksSceneEntries = [
  defineScene({
    id: 'benchmarks_lead',
    fields: ['a', 'b'],
    args: { n: positiveInt, seed: optionalNumber(1) },
    run: (x) => leadTestSet(x.n, x.seed),
  }),
] as const;
