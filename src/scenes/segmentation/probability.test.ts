import { describe, expect, it } from 'vitest';
import { CROP, pedestrianMap } from './probability';
import { THRESHOLD, thresholdMap } from './threshold';

const map = pedestrianMap();

function counts(t: number) {
  const pred = thresholdMap(map.probability, t);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  pred.forEach((p, i) => {
    if (p && map.gt[i]) tp++;
    else if (p) fp++;
    else if (map.gt[i]) fn++;
  });
  return { tp, fp, fn };
}

const steps: number[] = [];
for (let t = THRESHOLD.min; t <= THRESHOLD.max + 1e-9; t += THRESHOLD.step)
  steps.push(Math.round(t * 100) / 100);

describe('pedestrianMap', () => {
  it('covers the crop and holds the three people of the scene', () => {
    expect(map.gt).toHaveLength(CROP.width * CROP.height);
    expect(map.gt.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    for (const p of map.probability) {
      expect(p).toBeGreaterThanOrEqual(0.01 - 1e-6);
      expect(p).toBeLessThanOrEqual(0.99 + 1e-6);
    }
  });

  it('raising the threshold along the slider never lowers precision and never raises recall', () => {
    let lastP = 0;
    let lastR = 1;
    for (const t of steps) {
      const { tp, fp, fn } = counts(t);
      const precision = tp / (tp + fp);
      const recall = tp / (tp + fn);
      expect(precision).toBeGreaterThanOrEqual(lastP);
      expect(recall).toBeLessThanOrEqual(lastR);
      lastP = precision;
      lastR = recall;
    }
  });

  it('spans the trade-off: full recall at the lowest threshold, full precision at the highest', () => {
    const low = counts(THRESHOLD.min);
    const high = counts(THRESHOLD.max);
    expect(low.fn).toBe(0);
    expect(low.tp / (low.tp + low.fp)).toBeLessThan(0.6);
    expect(high.fp).toBe(0);
    expect(high.tp / (high.tp + high.fn)).toBeLessThan(0.5);
  });

  it('the lamp post is a false alarm at low thresholds only', () => {
    const postIndex = (8 + 5) * CROP.width + 29;
    expect(map.gt[postIndex]).toBe(0);
    expect(map.probability[postIndex]!).toBeGreaterThan(0.3);
    expect(map.probability[postIndex]!).toBeLessThan(0.6);
  });
});
