import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COCO_RECALL_THRESHOLDS, apCoco101, averagePrecision, summarizeMatches } from './averagePrecision';
import { type Detection, type GroundTruth, matchDetections } from './match';
import { prCurve } from './prCurve';

describe('apCoco101', () => {
  it('uses the 101 thresholds of np.linspace(0, 1, 101)', () => {
    expect(COCO_RECALL_THRESHOLDS).toHaveLength(101);
    expect(COCO_RECALL_THRESHOLDS[0]).toBe(0);
    expect(COCO_RECALL_THRESHOLDS[7]).toBe(7 * 0.01);
    expect(COCO_RECALL_THRESHOLDS[100]).toBe(1);
  });

  it('matches a hand-worked value', () => {
    // thresholds 0..0.5 (51 of them) reach the first point (precision 1), 0.51..1 (50) the second (0.5)
    expect(apCoco101([0.5, 1], [1, 0.5])).toBeCloseTo(76 / 101, 15);
  });

  it('leaves thresholds beyond the last recall at 0', () => {
    // recall tops out at 0.5: 51 thresholds at precision 1
    expect(apCoco101([0.25, 0.5], [1, 1])).toBeCloseTo(51 / 101, 15);
    expect(apCoco101([], [])).toBe(0);
  });
});

describe('averagePrecision', () => {
  it('is null without ground truth and 0 with ground truth but no detection', () => {
    expect(averagePrecision(prCurve([false], 0))).toEqual({ ap_voc07: null, ap_voc: null, ap_coco101: null });
    expect(averagePrecision(prCurve([], 3))).toEqual({ ap_voc07: 0, ap_voc: 0, ap_coco101: 0 });
  });

  it('is 1 for a perfect ranking under every interpolation', () => {
    const ap = averagePrecision(prCurve([true, true, true, false], 3));
    expect(ap.ap_voc07).toBeCloseTo(1, 15);
    expect(ap.ap_voc).toBe(1);
    expect(ap.ap_coco101).toBeCloseTo(1, 15);
  });

  it('lies in [0, 1] (up to one ulp) under every interpolation', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), fc.nat(5), (hits, extra) => {
        const ap = averagePrecision(prCurve(hits, hits.filter(Boolean).length + extra));
        for (const v of Object.values(ap)) {
          if (v !== null) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1 + 1e-15);
          }
        }
      }),
    );
  });
});

describe('summarizeMatches', () => {
  it('averages per-class APs over classes with ground truth', () => {
    const gts: GroundTruth[] = [
      { box: [0, 0, 10, 10], class: 'dog' },
      { box: [20, 0, 10, 10], class: 1 },
    ];
    const dets: Detection[] = [
      { box: [0, 0, 10, 10], score: 0.9, class: 'dog' },
      { box: [50, 50, 10, 10], score: 0.95, class: 1 },
      { box: [20, 0, 10, 10], score: 0.8, class: 1 },
      { box: [0, 0, 10, 10], score: 0.5, class: 7 },
    ];
    const s = summarizeMatches(matchDetections(dets, gts, 0.5));
    expect(s.classes.map((c) => c.class)).toEqual([1, 7, 'dog']);
    expect(s.classes.map((c) => c.ap_voc)).toEqual([0.5, null, 1]);
    expect(s.ap_voc).toBe(0.75);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 0]);
    expect(s.curve.recall).toEqual([0, 0.5, 1, 1]);
    expect(s.envelope).toEqual([2 / 3, 2 / 3, 2 / 3, 0.5]);
  });

  it('gives null APs when there is no ground truth at all', () => {
    const s = summarizeMatches(matchDetections([{ box: [0, 0, 1, 1], score: 1, class: 0 }], [], 0.5));
    expect([s.ap_voc07, s.ap_voc, s.ap_coco101]).toEqual([null, null, null]);
  });
});
