import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxIou } from '../../../../metrics/detection/boxIou';
import { overlapAreas } from '../../../../lib/geometry';
import { verdicts } from './iouAreas';
import { iouWidget, PATCH_BOX, DEFAULT_PREDICTION, ASTRONAUT } from '../../state';
import { boxArbitrary } from '../../../../lib/geometry.arbitraries.test-helper';

describe('the IoU playground defaults', () => {
  it('puts the ground truth at least one box width from every edge of the photo', () => {
    const [x, y, w, h] = PATCH_BOX;
    expect(x).toBeGreaterThanOrEqual(w);
    expect(y).toBeGreaterThanOrEqual(w);
    expect(ASTRONAUT.width - (x + w)).toBeGreaterThanOrEqual(w);
    expect(ASTRONAUT.height - (y + h)).toBeGreaterThanOrEqual(w);
  });

  it('gives a prediction of the same size with IoU about 0.60: TP at 0.5, FP at 0.75', () => {
    expect(DEFAULT_PREDICTION[2]).toBe(PATCH_BOX[2]);
    expect(DEFAULT_PREDICTION[3]).toBe(PATCH_BOX[3]);
    // (76 - 12)(76 - 8) / (2 * 76² - 64 * 68) = 4352 / 7200.
    const iou = boxIou(iouWidget.defaults.gt, iouWidget.defaults.pred)!;
    expect(iou).toBeCloseTo(4352 / 7200, 12);
    expect(verdicts(iou).map((v) => v.tp)).toEqual([true, false]);
  });
});

describe('overlapAreas', () => {
  it('gives the hand-worked areas', () => {
    expect(overlapAreas([0, 0, 10, 10], [5, 0, 10, 10])).toEqual({ intersection: 50, union: 150 });
    expect(overlapAreas([0, 0, 10, 10], [20, 0, 10, 10])).toEqual({ intersection: 0, union: 200 });
  });

  it('agrees with the metrics package: intersection / union = box IoU', () => {
    const box = boxArbitrary({ maxX: 50, maxY: 50, minSide: 1, maxSide: 40 });
    fc.assert(
      fc.property(box, box, (a, b) => {
        const { intersection, union } = overlapAreas(a, b);
        expect(intersection / union).toBeCloseTo(boxIou(a, b)!, 12);
      }),
    );
  });
});

describe('verdicts', () => {
  it('counts IoU equal to the threshold as a true positive and has no verdict without a value', () => {
    expect(verdicts(0.5).map((v) => v.tp)).toEqual([true, false]);
    expect(verdicts(0.75).map((v) => v.tp)).toEqual([true, true]);
    expect(verdicts(null).map((v) => v.tp)).toEqual([null, null]);
    expect(verdicts(undefined, [0.3]).map((v) => v.tp)).toEqual([null]);
  });
});
