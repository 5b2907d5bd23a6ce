import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binaryMask } from './binaryMask';
import { segmentationMetrics } from './segmentationMetrics';
import type { LabelMap } from '../types';

const map = (width: number, height: number, data: number[]): LabelMap => ({ width, height, data });

describe('binaryMask', () => {
  it('matches hand-worked counts and scores', () => {
    // gt 1 1 0 0 / pred 1 0 1 0: TP 1, FN 1, FP 1, TN 1
    const r = binaryMask(map(4, 1, [1, 1, 0, 0]), map(4, 1, [1, 0, 1, 0]));
    expect(r).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(r.iou).toBeCloseTo(1 / 3, 12);
    expect(r.dice).toBeCloseTo(1 / 2, 12);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(r.pixel_accuracy).toBe(0.5);
  });

  it('is 1 for identical masks and 0 for disjoint ones', () => {
    const same = binaryMask(map(3, 1, [1, 0, 1]), map(3, 1, [1, 0, 1]));
    expect([same.iou, same.dice, same.precision, same.recall, same.pixel_accuracy]).toEqual([1, 1, 1, 1, 1]);
    const apart = binaryMask(map(3, 1, [1, 0, 0]), map(3, 1, [0, 0, 1]));
    expect([apart.iou, apart.dice, apart.precision, apart.recall]).toEqual([0, 0, 0, 0]);
  });

  it('reports null, not 0 or 1, where a denominator is zero', () => {
    const empty = binaryMask(map(2, 2, [0, 0, 0, 0]), map(2, 2, [0, 0, 0, 0]));
    expect([empty.iou, empty.dice, empty.precision, empty.recall]).toEqual([null, null, null, null]);
    expect(empty.pixel_accuracy).toBe(1);
    expect(binaryMask(map(2, 1, [0, 0]), map(2, 1, [1, 0])).recall).toBeNull();
    expect(binaryMask(map(2, 1, [1, 0]), map(2, 1, [0, 0])).precision).toBeNull();
  });

  it('refuses values other than 0 and 1 and masks of different sizes', () => {
    expect(() => binaryMask(map(2, 1, [0, 2]), map(2, 1, [0, 1]))).toThrow(/^gt\.data: /);
    expect(() => binaryMask(map(2, 1, [0, 1]), map(2, 1, [0, 255]))).toThrow(/^pred\.data: /);
    expect(() => binaryMask(map(2, 1, [0, 1]), map(1, 2, [0, 1]))).toThrow(/gt, pred/);
    expect(() => binaryMask(map(2, 2, [0, 1]), map(2, 2, [0, 1, 1, 1]))).toThrow(/gt\.data/);
  });

  const masks = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
    .chain(([w, h]) =>
      fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 1 }), { minLength: w * h, maxLength: w * h }),
          fc.array(fc.integer({ min: 0, max: 1 }), { minLength: w * h, maxLength: w * h }),
        )
        .map(([g, p]) => ({ gt: map(w, h, g), pred: map(w, h, p) })),
    );

  it('has Dice = 2 IoU / (1 + IoU), IoU symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(masks, ({ gt, pred }) => {
        const r = binaryMask(gt, pred);
        expect(binaryMask(pred, gt).iou).toBe(r.iou);
        if (r.iou === null) expect(r.dice).toBeNull();
        else {
          expect(r.iou).toBeGreaterThanOrEqual(0);
          expect(r.iou).toBeLessThanOrEqual(1);
          expect(r.dice).toBeCloseTo((2 * r.iou) / (1 + r.iou), 12);
        }
      }),
    );
  });

  it('agrees with the foreground class of the two-class segmentation metrics', () => {
    fc.assert(
      fc.property(masks, ({ gt, pred }) => {
        const r = binaryMask(gt, pred);
        const s = segmentationMetrics(gt, pred, 2);
        expect(r.iou).toBe(s.iou[1]);
        expect(r.dice).toBe(s.dice[1]);
        expect(r.precision).toBe(s.precision[1]);
        expect(r.recall).toBe(s.recall[1]);
        expect(r.pixel_accuracy).toBe(s.pixel_accuracy);
      }),
    );
  });
});
