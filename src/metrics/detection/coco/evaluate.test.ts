import { describe, expect, it } from 'vitest';
import { cocoEval } from './cocoEval';
import { DT_FP, DT_IGNORED, DT_TP, allOutcomes, detectionOutcome } from './evaluate';

// Area ranges of bbox: 0 all, 1 small, 2 medium, 3 large. Thresholds 0 (.50) .. 9 (.95).
const gt = {
  images: [{ id: 1 }],
  categories: [{ id: 1 }],
  annotations: [
    { id: 10, image_id: 1, category_id: 1, bbox: [0, 0, 40, 40], area: 1600, iscrowd: 0 },
    { id: 11, image_id: 1, category_id: 1, bbox: [100, 100, 100, 100], area: 10000, iscrowd: 1 },
  ],
};
const dt = [
  { image_id: 1, category_id: 1, bbox: [300, 300, 10, 10], score: 0.7 }, // nothing: area 100 (small)
  { image_id: 1, category_id: 1, bbox: [0, 0, 40, 40], score: 0.9 }, // exact hit of gt 0
  { image_id: 1, category_id: 1, bbox: [110, 110, 20, 20], score: 0.8 }, // inside the crowd region
  { image_id: 1, category_id: 1, bbox: [0, 0, 40, 20], score: 0.6 }, // IoU 0.5 with gt 0, already taken
];

describe('evaluateCoco outcomes', () => {
  const { matches } = cocoEval({ iouType: 'bbox', gt, dt });
  const outcome = (i: number, a: number, t: number) => detectionOutcome(matches, i, a, t);

  it('keeps detections in descending score order with their ranks', () => {
    expect(Array.from(matches.det)).toEqual([1, 2, 0, 3]);
    expect(Array.from(matches.rank)).toEqual([0, 1, 2, 3]);
    expect(Array.from(matches.score)).toEqual([0.9, 0.8, 0.7, 0.6]);
  });

  it('marks an exact hit a true positive at every threshold, and records the gt it matched', () => {
    for (let t = 0; t < 10; t++) {
      expect(outcome(0, 0, t)).toBe(DT_TP);
      expect(matches.matchedGt[0 * 10 + t]).toBe(0);
    }
  });

  it('ignores a detection matched to a crowd region, and one matched to a gt outside the area range', () => {
    expect(outcome(1, 0, 0)).toBe(DT_IGNORED);
    expect(matches.matchedGt[1 * 10]).toBe(1);
    expect(outcome(0, 1, 0)).toBe(DT_IGNORED); // gt 0 (area 1600) is outside 'small'
  });

  it('makes an unmatched detection a false positive, or ignored when its own area is outside the range', () => {
    expect(outcome(2, 0, 0)).toBe(DT_FP);
    expect(outcome(2, 1, 0)).toBe(DT_FP); // area 100 is small
    expect(outcome(2, 2, 0)).toBe(DT_IGNORED); // not medium
    expect(matches.matchedGt[2 * 10]).toBe(-1);
  });

  it('does not let a second detection take a gt that is already matched', () => {
    expect(outcome(3, 0, 0)).toBe(DT_FP);
  });

  it('counts the gts that are not ignored per category and area range', () => {
    expect(Array.from(matches.gtCount)).toEqual([1, 0, 1, 0]);
  });

  it('packs 2 bits per threshold', () => {
    expect(allOutcomes(DT_IGNORED, 3)).toBe(0b101010);
    expect(allOutcomes(DT_FP, 10)).toBe(0);
    expect(() => detectionOutcome(matches, 4, 0, 0)).toThrow(RangeError);
  });
});
