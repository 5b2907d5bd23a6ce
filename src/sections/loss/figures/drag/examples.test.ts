import { describe, expect, it } from 'vitest';
import { crossEntropy } from '../../../../metrics/classification/crossEntropy';
import { classificationMetrics } from '../../../../metrics/classification/classificationMetrics';
import {
  DEFAULT_P,
  DEFAULT_THRESHOLD,
  accuracyArgs,
  crossEntropyArgs,
  moveP,
  predictedClass,
} from './examples';

describe('loss hero examples', () => {
  it('default: accuracy 0.8 and a loss between 0.4 and 0.5', () => {
    const a = accuracyArgs(DEFAULT_P, DEFAULT_THRESHOLD);
    expect(classificationMetrics(a.gt, a.pred, 2).accuracy).toBeCloseTo(0.8, 12);
    const c = crossEntropyArgs(DEFAULT_P);
    expect(crossEntropy(c.probs, c.labels).loss).toBeGreaterThan(0.4);
    expect(crossEntropy(c.probs, c.labels).loss).toBeLessThan(0.5);
  });

  it('a point exactly on the threshold counts as dog, whatever the float noise', () => {
    expect(predictedClass(0.35000000000000003, 0.35)).toBe(1);
    expect(predictedClass(0.34, 0.35)).toBe(0);
  });

  it('moves on the 0.01 grid and stays inside 0.01-0.99', () => {
    expect(moveP(0.45, 0.01)).toBe(0.46);
    expect(moveP(0.05, -0.1)).toBe(0.01);
    expect(moveP(0.95, 0.1)).toBe(0.99);
  });
});
