/**
 * Registry entries of the statistics family: `bootstrap` (confidence
 * intervals over images and the chance two models swap rank), an app-only
 * metric whose readouts are `bootstrap.ci_low`, `bootstrap.ci_high` and
 * `bootstrap.flip_rate` (DESIGN.md).
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import { numArray, optionalNumber } from '../args';
import { bootstrap } from './bootstrap';

/** Entry `bootstrap`. */
export const statsEntries = [
  defineMetric({
    id: 'bootstrap',
    fields: ['mean', 'ci_low', 'ci_high', 'flip_rate', 'n'],
    args: {
      a: numArray,
      b: v.optional(numArray),
      resamples: optionalNumber(1000),
      seed: optionalNumber(0),
      confidence: optionalNumber(0.95),
    },
    run: (x) => bootstrap(x.a, x.b, { resamples: x.resamples, seed: x.seed, confidence: x.confidence }),
  }),
] as const;
