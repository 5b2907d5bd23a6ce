import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Detection, type GroundTruth, matchDetections, rankDetections } from './match';
import type { BoxXywh } from '../types';

const A: BoxXywh = [0, 0, 10, 10];
const B: BoxXywh = [20, 0, 10, 10];

describe('rankDetections', () => {
  it('orders by descending score, ties in input order or reversed', () => {
    expect(rankDetections([0.5, 0.9, 0.5, 0.7])).toEqual([1, 3, 0, 2]);
    expect(rankDetections([0.5, 0.9, 0.5, 0.7], 'reverse')).toEqual([1, 3, 2, 0]);
  });
});

describe('matchDetections', () => {
  it('marks true positives, duplicates, poor localisation and wrong classes', () => {
    const dets: Detection[] = [
      { box: [1, 0, 10, 10], score: 0.8, class: 0 }, // duplicate of gt 0
      { box: A, score: 0.9, class: 0 }, // TP gt 0
      { box: [50, 50, 5, 5], score: 0.7, class: 0 }, // low IoU
      { box: B, score: 0.6, class: 'cat' }, // no cat in the ground truth
    ];
    const gts: GroundTruth[] = [
      { box: A, class: 0 },
      { box: B, class: 0 },
    ];
    const { detections, ground_truths } = matchDetections(dets, gts, 0.5);
    expect(detections.map((d) => d.index)).toEqual([1, 0, 2, 3]);
    expect(detections.map((d) => d.tp)).toEqual([true, false, false, false]);
    expect(detections.map((d) => d.fp_reason)).toEqual([null, 'duplicate', 'low-iou', 'no-ground-truth']);
    expect(detections[0]!.gt_index).toBe(0);
    expect(detections[0]!.iou).toBe(1);
    expect(detections[1]!.iou).toBeCloseTo(90 / 110, 12);
    expect(detections[2]!.iou).toBe(0);
    expect(detections[3]!.iou).toBeNull();
    expect(ground_truths.map((g) => [g.matched, g.det_index])).toEqual([
      [true, 1],
      [false, null],
    ]);
  });

  it('takes the best unmatched ground truth, falling back to the next best when the best is taken', () => {
    const gts: GroundTruth[] = [
      { box: [0, 0, 10, 10], class: 0 },
      { box: [2, 0, 10, 10], class: 0 },
    ];
    const dets: Detection[] = [
      { box: [0, 0, 10, 10], score: 0.9, class: 0 },
      { box: [0.5, 0, 10, 10], score: 0.8, class: 0 },
    ];
    const { detections } = matchDetections(dets, gts, 0.5);
    expect(detections.map((d) => d.gt_index)).toEqual([0, 1]);
    expect(detections[1]!.iou).toBeCloseTo(85 / 115, 12);
  });

  it('matches at IoU equal to the threshold, and identical boxes at threshold 1', () => {
    const half = matchDetections([{ box: [0, 0, 10, 20], score: 1, class: 0 }], [{ box: A, class: 0 }], 0.5);
    expect(half.detections[0]!.tp).toBe(true);
    const one = matchDetections([{ box: A, score: 1, class: 0 }], [{ box: A, class: 0 }], 1);
    expect(one.detections[0]!.tp).toBe(true);
  });

  it('lets the tie rule decide which of two equal-score detections wins', () => {
    const dets: Detection[] = [
      { box: [0, 0, 10, 10], score: 0.5, class: 0 },
      { box: [3, 0, 10, 10], score: 0.5, class: 0 },
    ];
    const stable = matchDetections(dets, [{ box: A, class: 0 }], 0.5, 'stable');
    const reverse = matchDetections(dets, [{ box: A, class: 0 }], 0.5, 'reverse');
    expect(stable.ground_truths[0]!.det_index).toBe(0);
    expect(reverse.ground_truths[0]!.det_index).toBe(1);
  });

  it('refuses invalid thresholds, boxes, scores, classes and tie rules', () => {
    const ok: Detection = { box: A, score: 1, class: 0 };
    expect(() => matchDetections([ok], [], 1.5)).toThrow(/^iou_threshold: /);
    expect(() => matchDetections([ok], [], NaN)).toThrow(/^iou_threshold: /);
    expect(() => matchDetections([{ ...ok, box: [0, 0, -1, 1] }], [], 0.5)).toThrow(
      /^detections\[0\]\.box: /,
    );
    expect(() => matchDetections([{ ...ok, score: NaN }], [], 0.5)).toThrow(/^detections\[0\]\.score: /);
    expect(() => matchDetections([], [{ box: A, class: {} as unknown as number }], 0.5)).toThrow(
      /^ground_truths\[0\]\.class: /,
    );
    expect(() => matchDetections([ok], [], 0.5, 'random' as 'stable')).toThrow(/^tie_rule: /);
  });

  /** An [x, y, w, h] box inside a 45 x 45 field, at least 1 x 1. */
  const sceneBox = fc.tuple(
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 1, max: 15 }),
    fc.integer({ min: 1, max: 15 }),
  );
  const scene = fc.record({
    dets: fc.array(
      fc.record({
        box: sceneBox,
        score: fc.constantFrom(0.1, 0.5, 0.9, 0.95),
        class: fc.constantFrom(0, 1),
      }),
      { maxLength: 12 },
    ),
    gts: fc.array(
      fc.record({
        box: sceneBox,
        class: fc.constantFrom(0, 1),
      }),
      { maxLength: 8 },
    ),
    threshold: fc.constantFrom(0.1, 0.5, 0.75),
    tie: fc.constantFrom('stable' as const, 'reverse' as const),
  });

  it('matches one to one, within class, at IoU >= threshold, visiting detections by score', () => {
    fc.assert(
      fc.property(scene, ({ dets, gts, threshold, tie }) => {
        const { detections, ground_truths } = matchDetections(dets, gts, threshold, tie);
        expect(detections).toHaveLength(dets.length);
        const used = detections.filter((d) => d.tp).map((d) => d.gt_index);
        expect(new Set(used).size).toBe(used.length);
        expect(ground_truths.filter((g) => g.matched)).toHaveLength(used.length);
        for (let k = 0; k < detections.length; k++) {
          const d = detections[k]!;
          if (k > 0) expect(d.score).toBeLessThanOrEqual(detections[k - 1]!.score);
          if (d.tp) {
            expect(gts[d.gt_index!]!.class).toBe(d.class);
            expect(d.iou!).toBeGreaterThanOrEqual(threshold);
            expect(ground_truths[d.gt_index!]!.det_index).toBe(d.index);
          } else if (d.fp_reason === 'low-iou') {
            expect(d.iou === null || d.iou < threshold).toBe(true);
          }
        }
      }),
    );
  });
});
