import { describe, expect, it } from 'vitest';
import { lossSceneEntries } from './entries';
import { TRAINING_EPOCHS, gradientStep, trainingData, type TrainingRun } from './training';
import { KNN_MAX_K, knnLeakage, vote, type KnnResult } from './knn';
import { toyPoints } from './toyData';

const training = lossSceneEntries.find((e) => e.id === 'loss_training')!;
const knn = lossSceneEntries.find((e) => e.id === 'loss_knn')!;

describe('toyPoints', () => {
  it('is seeded and keeps the margin it is asked for', () => {
    const a = toyPoints({ perClass: 10, separation: 2, spread: 1, seed: 3, minMargin: 0.5 });
    expect(a).toEqual(toyPoints({ perClass: 10, separation: 2, spread: 1, seed: 3, minMargin: 0.5 }));
    expect(a).toHaveLength(20);
    for (const p of a)
      expect(((p.label === 1 ? 1 : -1) * (p.x + p.y)) / Math.SQRT2).toBeGreaterThanOrEqual(0.5);
  });
});

describe('loss_training', () => {
  const full = training.compute({ epoch: TRAINING_EPOCHS }) as TrainingRun;

  it('starts at ln 2 with zero weights and keeps one value per epoch', () => {
    const r = training.compute({ epoch: 0 }) as TrainingRun;
    expect(r.train_loss[0]).toBeCloseTo(Math.LN2, 12);
    expect(r.val_loss[0]).toBeCloseTo(Math.LN2, 12);
    expect(full.train_loss).toHaveLength(TRAINING_EPOCHS + 1);
    expect(full.val_loss.slice(0, 11)).toEqual((training.compute({ epoch: 10 }) as TrainingRun).val_loss);
  });

  it('training loss falls at every epoch (the training set is separable)', () => {
    for (let e = 1; e <= TRAINING_EPOCHS; e++)
      expect(full.train_loss[e]!).toBeLessThan(full.train_loss[e - 1]!);
    expect(full.train_loss.at(-1)!).toBeLessThan(0.1);
  });

  it('validation loss ends at least 1.2 times its minimum while validation accuracy holds', () => {
    const min = Math.min(...full.val_loss);
    const at = full.val_loss.indexOf(min);
    expect(at).toBeGreaterThan(2);
    expect(at).toBeLessThan(TRAINING_EPOCHS / 2);
    expect(full.val_loss.at(-1)!).toBeGreaterThanOrEqual(1.2 * min);
    expect(full.val_accuracy.at(-1)!).toBeGreaterThanOrEqual(full.val_accuracy[at]!);
    expect(full.weight_norm.at(-1)!).toBeGreaterThan(full.weight_norm[at]!);
    expect(full.norm).toBe(full.weight_norm.at(-1));
  });

  it('a gradient step on one point moves the boundary towards classifying it', () => {
    const w = gradientStep({ w1: 0, w2: 0, b: 0 }, [{ x: 1, y: 0, label: 1 }], 1);
    expect(w.w1).toBeCloseTo(0.5, 12);
    expect(w.b).toBeCloseTo(0.5, 12);
    expect(trainingData(7).mislabelled).toHaveLength(3);
  });

  it('names the bad argument', () => {
    expect(() => training.compute({ epoch: -1 })).toThrow(/epoch/);
    expect(() => training.compute({ epoch: 1.5 })).toThrow(/epoch/);
    expect(() => training.compute({ epoch: TRAINING_EPOCHS + 1 })).toThrow(/epoch/);
  });
});

describe('loss_knn', () => {
  it('1-NN scores every training point right and the test set far lower', () => {
    const r = knn.compute({ k: 1 }) as KnnResult;
    expect(r.train_accuracy).toBe(1);
    expect(r.test_accuracy).toBeLessThan(0.8);
    expect(r.train_curve).toHaveLength(KNN_MAX_K);
    expect(r.test_curve[KNN_MAX_K - 1]!).toBeGreaterThan(r.test_accuracy);
  });

  it('leaking the test points into training raises test accuracy (to 1 for k = 1)', () => {
    for (const k of [1, 3, 5, 10, 20]) {
      const clean = knn.compute({ k }) as KnnResult;
      const leaked = knn.compute({ k, leak: true }) as KnnResult;
      expect(leaked.test_accuracy).toBeGreaterThan(clean.test_accuracy);
    }
    expect((knn.compute({ k: 1, leak: true }) as KnnResult).test_accuracy).toBe(1);
    expect(knnLeakage(4, false)).toEqual(knnLeakage(4, false));
  });

  it('votes by majority, a tie going to the nearest label', () => {
    expect(vote([1, 0, 0], 3)).toBe(0);
    expect(vote([1, 1, 0], 3)).toBe(1);
    expect(vote([1, 0], 2)).toBe(1);
    expect(vote([0, 1], 2)).toBe(0);
  });

  it('names the bad argument', () => {
    expect(() => knn.compute({ k: 0 })).toThrow(/k/);
    expect(() => knn.compute({ k: 3, leak: 1 })).toThrow(/leak/);
  });
});
