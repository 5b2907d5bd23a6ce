/**
 * App-only entries of the loss section (#/loss): the logistic-regression
 * training run up to an epoch (`loss_training`) and the k-NN leakage and
 * overfitting curves (`loss_knn`). Both are small and seeded (light lane).
 */
import * as v from 'valibot';
import { defineScene } from '../entry';
import { flag, optionalNumber } from '../../metrics/args';
import { TRAINING_EPOCHS, TRAINING_SEED, trainingRun } from './training';
import { KNN_MAX_K, KNN_SEED, knnLeakage } from './knn';

const intIn = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('expected an integer'), v.minValue(min), v.maxValue(max));

/** Entries `loss_training` and `loss_knn`. */
export const lossSceneEntries = [
  defineScene({
    id: 'loss_training',
    fields: ['epoch', 'norm'],
    args: { epoch: intIn(0, TRAINING_EPOCHS), seed: optionalNumber(TRAINING_SEED) },
    run: (a) => trainingRun(a.epoch, a.seed),
  }),
  defineScene({
    id: 'loss_knn',
    fields: ['k', 'train_accuracy', 'test_accuracy'],
    args: { k: intIn(1, KNN_MAX_K), leak: flag(false), seed: optionalNumber(KNN_SEED) },
    run: (a) => knnLeakage(a.k, a.leak, a.seed),
  }),
] as const;
