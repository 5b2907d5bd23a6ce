/**
 * "Loss falls, accuracy stalls": logistic regression trained by full-batch
 * gradient descent, without regularisation, on a seeded toy set whose
 * training points a line separates. The weights grow without bound, the
 * model grows over-confident, and the few validation points on the wrong
 * side (overlap and mislabelled examples) cost more and more: validation loss
 * rises while validation accuracy holds. Loss and accuracy come from the
 * metrics package's `crossEntropy` and `classificationMetrics`.
 */
import { crossEntropy } from '../../metrics/classification/crossEntropy';
import { classificationMetrics } from '../../metrics/classification/classificationMetrics';
import { toyPoints, type ToyPoint } from './toyData';

/** Epochs of the run (the slider and Play stop here). */
export const TRAINING_EPOCHS = 60;
/** Step size of gradient descent. */
export const LEARNING_RATE = 0.2;
/** Seed of the default toy set. */
export const TRAINING_SEED = 7;

/** The model at one epoch: p(dog | x, y) = sigmoid(w1 x + w2 y + b). */
export interface LogisticWeights {
  w1: number;
  w2: number;
  b: number;
}

/** The run up to one epoch. */
export interface TrainingRun {
  train: ToyPoint[];
  validation: ToyPoint[];
  /** Indices of the validation points whose label was flipped (mislabelled on purpose). */
  mislabelled: number[];
  /** The epoch shown (0 = before training). */
  epoch: number;
  /** Per epoch 0..epoch: mean cross-entropy on the training and validation sets, validation accuracy. */
  train_loss: number[];
  val_loss: number[];
  val_accuracy: number[];
  /** The weights at `epoch`. */
  weights: LogisticWeights;
  /** ‖(w1, w2)‖ per epoch 0..epoch. */
  weight_norm: number[];
  /** ‖(w1, w2)‖ at `epoch`: how steep (how confident) the model has become. */
  norm: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** p(dog) of each point under `w`, kept inside [1e-12, 1 - 1e-12] so the loss stays finite. */
export function predict(w: LogisticWeights, points: readonly ToyPoint[]): number[] {
  return points.map((p) => Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(w.w1 * p.x + w.w2 * p.y + w.b))));
}

/** Mean cross-entropy and accuracy (threshold 0.5) of probabilities `p` against `points`' labels. */
export function lossAndAccuracy(
  p: readonly number[],
  points: readonly ToyPoint[],
): { loss: number; accuracy: number } {
  const labels = points.map((q) => q.label);
  const loss = crossEntropy(
    p.map((q) => [1 - q, q]),
    labels,
  ).loss as number;
  const cls = classificationMetrics(
    labels,
    p.map((q) => (q >= 0.5 ? 1 : 0)),
    2,
  );
  return { loss, accuracy: cls.accuracy as number };
}

/** One full-batch gradient step of the mean cross-entropy. */
export function gradientStep(w: LogisticWeights, points: readonly ToyPoint[], rate: number): LogisticWeights {
  const p = predict(w, points);
  let g1 = 0;
  let g2 = 0;
  let gb = 0;
  points.forEach((q, i) => {
    const r = (p[i] as number) - q.label;
    g1 += r * q.x;
    g2 += r * q.y;
    gb += r;
  });
  const n = points.length;
  return { w1: w.w1 - (rate * g1) / n, w2: w.w2 - (rate * g2) / n, b: w.b - (rate * gb) / n };
}

/** The seeded training and validation sets: 20 + 20 separable training points, 30 validation points with 3 labels flipped. */
export function trainingData(seed: number): {
  train: ToyPoint[];
  validation: ToyPoint[];
  mislabelled: number[];
} {
  const train = toyPoints({ perClass: 20, separation: 2, spread: 0.9, seed, minMargin: 0.25 });
  const clean = toyPoints({ perClass: 15, separation: 2, spread: 0.9, seed: seed + 1000 });
  const mislabelled = [3, 12, 21];
  const validation = clean.map((q, i) =>
    mislabelled.includes(i) ? { ...q, label: (1 - q.label) as 0 | 1 } : q,
  );
  return { train, validation, mislabelled };
}

/** The run from zero weights up to `epoch` (clamped to 0..TRAINING_EPOCHS). */
export function trainingRun(epoch: number, seed = TRAINING_SEED): TrainingRun {
  const last = Math.max(0, Math.min(TRAINING_EPOCHS, Math.round(epoch)));
  const { train, validation, mislabelled } = trainingData(seed);
  let w: LogisticWeights = { w1: 0, w2: 0, b: 0 };
  const run: TrainingRun = {
    train,
    validation,
    mislabelled,
    epoch: last,
    train_loss: [],
    val_loss: [],
    val_accuracy: [],
    weights: w,
    weight_norm: [],
    norm: 0,
  };
  for (let e = 0; e <= last; e++) {
    if (e > 0) w = gradientStep(w, train, LEARNING_RATE);
    run.train_loss.push(lossAndAccuracy(predict(w, train), train).loss);
    const val = lossAndAccuracy(predict(w, validation), validation);
    run.val_loss.push(val.loss);
    run.val_accuracy.push(val.accuracy);
    run.weight_norm.push(Math.hypot(w.w1, w.w2));
  }
  run.weights = w;
  run.norm = Math.hypot(w.w1, w.w2);
  return run;
}
