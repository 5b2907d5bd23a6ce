/**
 * Widget states of the depth section: the wall-and-book sliders, the depth
 * map's controls and the evaluation conventions. Every value lives on its
 * control's step grid, so a share link restores exactly what the reader saw
 * and a tampered link is refused (and reset) instead of shown.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { onGrid } from '../../lib/gridSchema';
import { depthText } from '../../i18n/depth';
import { aggregationText } from '../../i18n/aggregation';
import { TEST_SET_DEFAULTS, testSetSchema } from '../../widgets/aggregation/testSetState';
import { BOOK_RANGE, WALL_RANGE } from './figures/wall-book/wallBook';
import { CAP_IDS, FILL_IDS } from './figures/shared/sceneArgs';

/** Scale slider range (both scale sliders). */
export const SCALE_RANGE = { min: 0.5, max: 2, step: 0.05 } as const;
/** Noise sliders, percent of true depth. */
export const NOISE_RANGE = { min: 0, max: 20, step: 1 } as const;
/** Edge blur slider, pixels. */
export const BLUR_RANGE = { min: 0, max: 3, step: 0.5 } as const;

const scaleSchema = onGrid(SCALE_RANGE.min, SCALE_RANGE.max, SCALE_RANGE.step);

/** `depth.wall-book`: the two predictions; the defaults are both 10 cm short. */
export const wallBookWidget = defineWidgetState({
  id: 'depth.wall-book',
  title: depthText.wallBook.title,
  schema: v.object({
    wall: onGrid(WALL_RANGE.min, WALL_RANGE.max, WALL_RANGE.step),
    book: onGrid(BOOK_RANGE.min, BOOK_RANGE.max, BOOK_RANGE.step),
  }),
  defaults: { wall: 9.9, book: 0.9 },
});

/** `depth.map`: scale, noise per band, edge blur and the error map's kind. */
export const mapWidget = defineWidgetState({
  id: 'depth.map',
  title: depthText.map.title,
  schema: v.object({
    scale: scaleSchema,
    nearNoise: onGrid(NOISE_RANGE.min, NOISE_RANGE.max, NOISE_RANGE.step),
    farNoise: onGrid(NOISE_RANGE.min, NOISE_RANGE.max, NOISE_RANGE.step),
    edgeBlur: onGrid(BLUR_RANGE.min, BLUR_RANGE.max, BLUR_RANGE.step),
    errorMode: v.picklist(['absolute', 'relative']),
  }),
  defaults: {
    scale: 1,
    nearNoise: 5,
    farNoise: 5,
    edgeBlur: 1,
    errorMode: 'absolute' as 'absolute' | 'relative',
  },
});

/** `depth.conventions`: cap, naive sky fill, median scaling and the model's scale error. */
export const conventionsWidget = defineWidgetState({
  id: 'depth.conventions',
  title: depthText.conventions.title,
  schema: v.object({
    cap: v.picklist(CAP_IDS),
    fill: v.picklist(FILL_IDS),
    medianScaling: v.boolean(),
    scale: scaleSchema,
  }),
  defaults: {
    cap: 'kitti' as (typeof CAP_IDS)[number],
    fill: 'zero' as (typeof FILL_IDS)[number],
    medianScaling: false,
    scale: 1.5,
  },
});

/** `depth.aggregation`: size and seed of the per-frame vs pooled test set. */
export const aggregationWidget = defineWidgetState({
  id: 'depth.aggregation',
  title: aggregationText.depth.title,
  schema: testSetSchema,
  defaults: TEST_SET_DEFAULTS,
});
