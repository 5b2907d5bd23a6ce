import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanDefined, segmentationMetrics } from './segmentationMetrics';
import type { LabelMap } from '../types';

const map = (width: number, height: number, data: number[]): LabelMap => ({ width, height, data });

describe('segmentationMetrics', () => {
  it('matches hand-worked per-class and mean scores', () => {
    // gt   0 0 1 / 1 2 2     pred 0 1 1 / 1 2 0
    const r = segmentationMetrics(map(3, 2, [0, 0, 1, 1, 2, 2]), map(3, 2, [0, 1, 1, 1, 2, 0]), 3);
    expect(r.confusion).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
    expect(r.tp).toEqual([1, 2, 1]);
    expect(r.fp).toEqual([1, 1, 0]);
    expect(r.fn).toEqual([1, 0, 1]);
    expect(r.pixel_accuracy).toBeCloseTo(4 / 6, 12);
    expect(r.recall).toEqual([0.5, 1, 0.5]);
    expect(r.mean_accuracy).toBeCloseTo(2 / 3, 12);
    expect(r.iou[0]).toBeCloseTo(1 / 3, 12);
    expect(r.iou[1]).toBeCloseTo(2 / 3, 12);
    expect(r.iou[2]).toBeCloseTo(1 / 2, 12);
    expect(r.miou).toBeCloseTo(0.5, 12);
    expect(r.dice[0]).toBeCloseTo(1 / 2, 12);
    expect(r.dice[1]).toBeCloseTo(4 / 5, 12);
    expect(r.dice[2]).toBeCloseTo(2 / 3, 12);
    expect(r.precision[0]).toBeCloseTo(1 / 2, 12);
    expect(r.precision[1]).toBeCloseTo(2 / 3, 12);
    expect(r.precision[2]).toBe(1);
    expect(r.pixels).toBe(6);
  });

  it('counts an unpredicted pixel as a false negative of its true class and a false positive of none', () => {
    const r = segmentationMetrics(map(2, 2, [0, 255, 1, 1]), map(2, 2, [255, 0, 1, 255]), 2, 255);
    expect(r.tp).toEqual([0, 1]);
    expect(r.fp).toEqual([0, 0]);
    expect(r.fn).toEqual([1, 1]);
    expect(r.pixel_accuracy).toBeCloseTo(1 / 3, 12);
    expect(r.iou).toEqual([0, 0.5]);
    expect(r.precision).toEqual([null, 1]);
    expect(r.recall).toEqual([0, 0.5]);
    expect(r.ignored).toBe(1);
    expect(r.unpredicted).toEqual([1, 1]);
  });

  it('leaves absent classes out of the means and is all null when every pixel is ignored', () => {
    const r = segmentationMetrics(map(2, 1, [0, 0]), map(2, 1, [0, 0]), 3);
    expect(r.iou).toEqual([1, null, null]);
    expect(r.miou).toBe(1);
    const none = segmentationMetrics(map(2, 1, [9, 9]), map(2, 1, [0, 1]), 2, 9);
    expect(none.pixel_accuracy).toBeNull();
    expect(none.mean_accuracy).toBeNull();
    expect(none.miou).toBeNull();
    expect(none.mdice).toBeNull();
    expect(none.iou).toEqual([null, null]);
    expect(none.dice).toEqual([null, null]);
  });

  it('averages only defined values', () => {
    expect(meanDefined([null, 0.5, 1])).toBe(0.75);
    expect(meanDefined([null, null])).toBeNull();
    expect(meanDefined([])).toBeNull();
  });

  const pair = fc
    .integer({ min: 1, max: 5 })
    .chain((n) =>
      fc
        .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
        .chain(([w, h]) =>
          fc
            .tuple(
              fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: w * h, maxLength: w * h }),
              fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: w * h, maxLength: w * h }),
            )
            .map(([g, p]) => ({ n, gt: map(w, h, g), pred: map(w, h, p) })),
        ),
    );

  it('has Dice = 2 IoU / (1 + IoU) per class, every score in [0, 1]', () => {
    fc.assert(
      fc.property(pair, ({ n, gt, pred }) => {
        const r = segmentationMetrics(gt, pred, n);
        for (let c = 0; c < n; c++) {
          const iou = r.iou[c];
          if (iou === null || iou === undefined) expect(r.dice[c]).toBeNull();
          else expect(r.dice[c]).toBeCloseTo((2 * iou) / (1 + iou), 12);
        }
        for (const v of [
          ...r.iou,
          ...r.dice,
          ...r.precision,
          ...r.recall,
          r.miou,
          r.mdice,
          r.pixel_accuracy,
        ]) {
          if (v !== null && v !== undefined) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('agrees with a direct per-class count of intersection and union', () => {
    fc.assert(
      fc.property(pair, ({ n, gt, pred }) => {
        const r = segmentationMetrics(gt, pred, n);
        const g = Array.from(gt.data);
        const p = Array.from(pred.data);
        for (let c = 0; c < n; c++) {
          const inter = g.filter((v, i) => v === c && p[i] === c).length;
          const union = g.filter((v, i) => v === c || p[i] === c).length;
          expect(r.iou[c]).toBe(union === 0 ? null : inter / union);
        }
      }),
    );
  });

  it('is symmetric in IoU when gt and pred swap', () => {
    fc.assert(
      fc.property(pair, ({ n, gt, pred }) => {
        expect(segmentationMetrics(pred, gt, n).iou).toEqual(segmentationMetrics(gt, pred, n).iou);
      }),
    );
  });
});
