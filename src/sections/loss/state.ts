/**
 * Widget states of the loss section: the ten predicted probabilities and
 * the threshold of the hero, the training run's epoch, and the k-NN's k and
 * leakage toggle. Every value lives on its control's grid, so a share link
 * restores exactly what the reader saw and a tampered link is refused.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { onGrid } from '../../lib/gridSchema';
import { lossText } from '../../i18n/loss';
import {
  DEFAULT_P,
  DEFAULT_THRESHOLD,
  EXAMPLE_LABELS,
  P_RANGE,
  THRESHOLD_RANGE,
} from './figures/drag/examples';

/** Epochs of the training run (the worker's TRAINING_EPOCHS; state.test.ts checks they agree). */
export const TRAINING_EPOCHS = 60;
/** Largest k of the k-NN figure (the worker's KNN_MAX_K; state.test.ts checks they agree). */
export const KNN_MAX_K = 50;

/** `loss.drag`: ten probabilities of "dog" (0.01 grid) and the threshold (0.05 grid). */
export const dragWidget = defineWidgetState({
  id: 'loss.drag',
  title: lossText.drag.title,
  schema: v.object({
    p: v.pipe(v.array(onGrid(P_RANGE.min, P_RANGE.max, P_RANGE.step, 1e-6)), v.length(EXAMPLE_LABELS.length)),
    threshold: onGrid(THRESHOLD_RANGE.min, THRESHOLD_RANGE.max, THRESHOLD_RANGE.step, 1e-6),
  }),
  defaults: { p: [...DEFAULT_P], threshold: DEFAULT_THRESHOLD },
});

/** `loss.training`: the epoch shown (0 = before training). */
export const trainingWidget = defineWidgetState({
  id: 'loss.training',
  title: lossText.training.title,
  schema: v.object({
    epoch: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TRAINING_EPOCHS)),
  }),
  defaults: { epoch: 0 },
});

/** `loss.leakage`: k of the k-NN and whether the test points leak into training. */
export const leakageWidget = defineWidgetState({
  id: 'loss.leakage',
  title: lossText.leakage.title,
  schema: v.object({
    k: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(KNN_MAX_K)),
    leak: v.boolean(),
  }),
  defaults: { k: 1, leak: false },
});
