/**
 * App-only entries of the generative section (#/generative), all seeded:
 * `generative_fid` (real ring of 8 Gaussians against the reader's generated
 * sample: FID split into its two terms, the moments and points to draw),
 * `generative_inception` (Inception Score from the transparent classifier,
 * p(y|x) of a picked sample and the marginal p(y)) and
 * `generative_small_samples` (FID of two real samples at N = 50, 500, 5,000).
 */
import * as v from 'valibot';
import { defineScene } from '../entry';
import { inceptionScore } from '../../metrics/generative/inceptionScore';
import { CENTRE_LIMIT, MODES, REAL_CENTRES, generatedSeed, sampleMixture, sampleReal } from './ring';
import { classProbabilities, marginal } from './classifier';
import { firstPoints, fidSplit, moments } from './fidScene';
import { smallSampleFid } from './smallSamples';

/** Sample sizes of the hero's sample-count slider. */
export const SAMPLE_COUNTS = [50, 100, 200, 500, 1000, 2000, 5000] as const;
/** Largest spread of a generated mode (grid 0.1). */
export const MAX_SPREAD = 2;
/** Largest reader seed. */
export const MAX_SEED = 99;
/** Points of each set returned for drawing. */
export const SHOWN_POINTS = 400;
/** Generated samples of the Inception Score figure, its splits and the points returned for picking. */
export const IS_SAMPLES = 2000;
export const IS_SPLITS = 10;
export const IS_SHOWN = 120;

const intIn = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('expected an integer'), v.minValue(min), v.maxValue(max));
const spread = v.pipe(
  v.number(),
  v.minValue(0),
  v.maxValue(MAX_SPREAD),
  v.check((x) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9, 'must be a multiple of 0.1'),
);
const centres = v.pipe(v.array(intIn(-CENTRE_LIMIT, CENTRE_LIMIT)), v.length(2 * MODES));

/** Entries `generative_fid`, `generative_inception` and `generative_small_samples`. */
export const generativeSceneEntries = [
  defineScene({
    id: 'generative_fid',
    args: {
      centres,
      kept: intIn(1, MODES),
      spread,
      n: v.picklist(SAMPLE_COUNTS),
      seed: intIn(1, MAX_SEED),
    },
    run: (a) => {
      const real = sampleReal(a.n);
      const gen = sampleMixture(a.centres, a.kept, a.spread, a.n, generatedSeed(a.seed));
      return {
        ...fidSplit(real, gen),
        real: moments(real),
        generated: moments(gen),
        real_points: firstPoints(real, SHOWN_POINTS),
        generated_points: firstPoints(gen, SHOWN_POINTS),
      };
    },
  }),
  defineScene({
    id: 'generative_inception',
    fields: ['picked_max'],
    args: { kept: intIn(1, MODES), spread, pick: intIn(0, IS_SHOWN - 1) },
    run: (a) => {
      const gen = sampleMixture(REAL_CENTRES, a.kept, a.spread, IS_SAMPLES, generatedSeed(1));
      const probs = classProbabilities(gen);
      const is = inceptionScore({ rows: IS_SAMPLES, cols: MODES, data: probs }, IS_SPLITS);
      const picked = Array.from(probs.subarray(a.pick * MODES, (a.pick + 1) * MODES));
      return {
        mean: is.mean,
        std: is.std,
        marginal: marginal(probs),
        picked,
        picked_max: Math.max(...picked),
        points: firstPoints(gen, IS_SHOWN),
        ...fidSplit(sampleReal(IS_SAMPLES), gen),
      };
    },
  }),
  defineScene({
    id: 'generative_small_samples',
    args: { seed: intIn(1, MAX_SEED) },
    run: (a) => smallSampleFid(a.seed),
  }),
] as const;
