import { describe, expect, it } from 'vitest';
import { THRESHOLD, thresholdMap } from './threshold';

describe('thresholdMap', () => {
  it('keeps pixels at or above the threshold', () => {
    expect(Array.from(thresholdMap(Float32Array.from([0.2, 0.5, 0.7]), 0.5))).toEqual([0, 1, 1]);
  });

  it('starts the slider inside its range', () => {
    expect(THRESHOLD.initial).toBeGreaterThanOrEqual(THRESHOLD.min);
    expect(THRESHOLD.initial).toBeLessThanOrEqual(THRESHOLD.max);
  });
});
