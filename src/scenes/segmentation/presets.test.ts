import { describe, expect, it } from 'vitest';
import { CLASS_ID, SCENE_HEIGHT, SCENE_WIDTH } from './classes';
import { groundTruth } from './scene';
import { PRESET_IDS, presetPrediction } from './presets';
import { components } from './morphology';

const gt = groundTruth();

function count(data: Uint8Array, cls: number): number {
  return data.reduce((n, v) => n + (v === cls ? 1 : 0), 0);
}

function overlap(pred: Uint8Array, cls: number): number {
  let n = 0;
  for (let i = 0; i < gt.length; i++) if (gt[i] === cls && pred[i] === cls) n++;
  return n;
}

describe('presetPrediction', () => {
  it('every preset is a label map of the scene size with known classes', () => {
    for (const id of PRESET_IDS) {
      const p = presetPrediction(id, gt);
      expect(p).toHaveLength(SCENE_WIDTH * SCENE_HEIGHT);
      expect(p.every((v) => v < 4)).toBe(true);
    }
  });

  it('lazy paints everything background', () => {
    expect(count(presetPrediction('lazy', gt), CLASS_ID.background)).toBe(gt.length);
  });

  it('perfect equals the ground truth and is a copy', () => {
    const p = presetPrediction('perfect', gt);
    expect(Array.from(p)).toEqual(Array.from(gt));
    p[0] = 3;
    expect(gt[0]).toBe(0);
  });

  it('sloppy covers every object pixel and spills over the boundary', () => {
    const p = presetPrediction('sloppy', gt);
    for (const cls of [CLASS_ID.car, CLASS_ID.person]) {
      expect(overlap(p, cls)).toBe(count(gt, cls));
      expect(count(p, cls)).toBeGreaterThan(count(gt, cls));
    }
  });

  it('misses small objects erases every person and keeps the near car', () => {
    const p = presetPrediction('missesSmall', gt);
    expect(count(p, CLASS_ID.person)).toBe(0);
    const nearCar = components({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data: gt }).find(
      (c) => c.cls === CLASS_ID.car && c.pixels.length > 300,
    )!;
    expect(nearCar.pixels.every((i) => p[i] === CLASS_ID.car)).toBe(true);
  });

  it('over-segments predicts more person pixels than sloppy, including some far from any person', () => {
    const over = presetPrediction('overSegments', gt);
    const sloppy = presetPrediction('sloppy', gt);
    expect(count(over, CLASS_ID.person)).toBeGreaterThan(count(sloppy, CLASS_ID.person));
    expect(overlap(over, CLASS_ID.person)).toBe(count(gt, CLASS_ID.person));
  });

  it('refuses a ground truth of the wrong size', () => {
    expect(() => presetPrediction('lazy', new Uint8Array(10))).toThrow(RangeError);
  });
});
