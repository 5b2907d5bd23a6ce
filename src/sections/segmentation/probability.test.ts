import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CROP, THRESHOLD, gaussianBlur, pedestrianMap, thresholdMap } from './probability';

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

describe('gaussianBlur', () => {
  it('keeps a constant map constant', () => {
    const out = gaussianBlur(new Float64Array(30).fill(0.7), 6, 5, 1.2);
    for (const v of out) expect(v).toBeCloseTo(0.7, 12);
  });

  it('spreads a single spike symmetrically and keeps its mass away from the border', () => {
    const src = new Float64Array(21 * 21);
    src[10 * 21 + 10] = 1;
    const out = gaussianBlur(src, 21, 21, 1);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(out[10 * 21 + 9]).toBeCloseTo(out[10 * 21 + 11]!, 12);
    expect(out[9 * 21 + 10]).toBeCloseTo(out[10 * 21 + 9]!, 12);
    expect(out[10 * 21 + 10]!).toBeGreaterThan(out[10 * 21 + 9]!);
  });

  it('stays within the range of its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (v) => {
          for (const x of gaussianBlur(v, 4, 3, 0.8)) {
            expect(x).toBeGreaterThanOrEqual(Math.min(...v) - 1e-12);
            expect(x).toBeLessThanOrEqual(Math.max(...v) + 1e-12);
          }
        },
      ),
    );
  });
});

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

describe('thresholdMap', () => {
  it('keeps pixels at or above the threshold', () => {
    expect(Array.from(thresholdMap(Float32Array.from([0.2, 0.5, 0.7]), 0.5))).toEqual([0, 1, 1]);
  });
});
