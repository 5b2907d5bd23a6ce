/**
 * Widget states of the benchmarks section: the timeline's focused stop, the
 * top-k figure's k, and the test-set size and seed of the 0.01 lead. Every
 * value lives on its control's grid, so a share link restores exactly what
 * the reader saw and a tampered link is refused.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { onGrid } from '../../lib/gridSchema';
import { benchmarksText } from '../../i18n/benchmarks';
import { STOP_IDS } from './figures/timeline/timelineData';
import { CLASSES } from './figures/topk/toyClassifier';

/** The test-set size slider: 50 to 5,000 in steps of 50 (the scene's LEAD_IMAGES; state.test.ts checks they agree). */
export const LEAD_RANGE = { min: 50, max: 5000, step: 50 } as const;
/** The true lead of model A in the scene (its TRUE_GAP), marked on the interval plot. */
export const LEAD_TRUE_GAP = 0.01;
/** Largest seed of the lead's test set. */
export const MAX_LEAD_SEED = 999;

/** `benchmarks.timeline`: the focused stop (default: 2015, the year the winner passed one human). */
export const timelineWidget = defineWidgetState({
  id: 'benchmarks.timeline',
  title: benchmarksText.timeline.title,
  schema: v.object({ stop: v.picklist(STOP_IDS as string[]) }),
  defaults: { stop: 'ilsvrc-2015' },
});

/** `benchmarks.topk`: k of the slider (1 to 10). */
export const topkWidget = defineWidgetState({
  id: 'benchmarks.topk',
  title: benchmarksText.topk.title,
  schema: v.object({ k: onGrid(1, CLASSES.length, 1) }),
  defaults: { k: 3 },
});

/** `benchmarks.lead`: test-set size and seed (default 50 images, where the lead is noise). */
export const leadWidget = defineWidgetState({
  id: 'benchmarks.lead',
  title: benchmarksText.lead.title,
  schema: v.object({
    n: onGrid(LEAD_RANGE.min, LEAD_RANGE.max, LEAD_RANGE.step),
    seed: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LEAD_SEED)),
  }),
  defaults: { n: 50, seed: 1 },
});
