/**
 * Widget states of the generative section: the hero's generated modes
 * (centres in tenths, modes kept, spread, samples per set, seed), the
 * Inception Score figure's modes kept, spread and picked sample, and the
 * small-sample figure's seed. Every value lives on its control's grid, so a
 * share link restores exactly what the reader saw and a tampered link is
 * refused.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { onGrid } from '../../lib/gridSchema';
import { generativeText } from '../../i18n/generative';
import {
  CENTRE_LIMIT,
  IS_SHOWN,
  MAX_SEED,
  MAX_SPREAD,
  MODES,
  REAL_CENTRES,
  SAMPLE_COUNTS,
} from './figures/shared/constants';

const intIn = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const spread = onGrid(0, MAX_SPREAD, 0.1, 1e-6);

/** `generative.fid`: the generated sample of the hero; opens with 3 of 8 modes kept (the trap). */
export const fidWidget = defineWidgetState({
  id: 'generative.fid',
  title: generativeText.fid.title,
  schema: v.object({
    centres: v.pipe(v.array(intIn(-CENTRE_LIMIT, CENTRE_LIMIT)), v.length(2 * MODES)),
    kept: intIn(1, MODES),
    spread,
    n: v.picklist(SAMPLE_COUNTS),
    seed: intIn(1, MAX_SEED),
  }),
  defaults: {
    centres: [...REAL_CENTRES],
    kept: 3,
    spread: 1,
    n: 1000 as (typeof SAMPLE_COUNTS)[number],
    seed: 1,
  },
});

/** `generative.inception`: modes kept, spread and the picked sample (0-based). */
export const inceptionWidget = defineWidgetState({
  id: 'generative.inception',
  title: generativeText.inception.title,
  schema: v.object({ kept: intIn(1, MODES), spread, pick: intIn(0, IS_SHOWN - 1) }),
  defaults: { kept: 8, spread: 1, pick: 0 },
});

/** `generative.small-samples`: the seed of the repeats. */
export const smallSamplesWidget = defineWidgetState({
  id: 'generative.small-samples',
  title: generativeText.small.title,
  schema: v.object({ seed: intIn(1, MAX_SEED) }),
  defaults: { seed: 1 },
});
