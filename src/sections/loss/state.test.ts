import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { KNN_MAX_K, TRAINING_EPOCHS, dragWidget, leakageWidget, trainingWidget } from './state';
import { TRAINING_EPOCHS as SCENE_EPOCHS } from '../../scenes/loss/training';
import { KNN_MAX_K as SCENE_MAX_K } from '../../scenes/loss/knn';

describe('loss widget states', () => {
  it("use the worker scenes' epoch count and largest k", () => {
    expect(TRAINING_EPOCHS).toBe(SCENE_EPOCHS);
    expect(KNN_MAX_K).toBe(SCENE_MAX_K);
  });

  it('have distinct ids', () => {
    expect(new Set([dragWidget.id, trainingWidget.id, leakageWidget.id]).size).toBe(3);
  });

  it('refuse states a tampered link could carry', () => {
    expect(v.is(dragWidget.schema, { ...dragWidget.defaults, p: [0.5] })).toBe(false);
    expect(v.is(dragWidget.schema, { ...dragWidget.defaults, p: dragWidget.defaults.p.map(() => 1) })).toBe(
      false,
    );
    expect(v.is(dragWidget.schema, { ...dragWidget.defaults, threshold: 0.52 })).toBe(false);
    expect(v.is(trainingWidget.schema, { epoch: 2.5 })).toBe(false);
    expect(v.is(leakageWidget.schema, { k: 0, leak: false })).toBe(false);
    expect(
      v.is(dragWidget.schema, { ...dragWidget.defaults, p: dragWidget.defaults.p.map(() => 0.37) }),
    ).toBe(true);
  });
});
