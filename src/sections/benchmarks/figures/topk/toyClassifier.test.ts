import { describe, expect, it } from 'vitest';
import { topk } from '../../../../metrics/classification/topk';
import { CLASSES, IMAGES, LABELS, rankOfTruth, toyScores } from './toyClassifier';

describe('toy classifier', () => {
  it('orders every photo over all ten classes', () => {
    for (const image of IMAGES)
      expect([...image.order].sort((a, b) => a - b)).toEqual(CLASSES.map((_, i) => i));
  });

  it('gives scores that sum to 1 and follow the hand-written order, the same for the same seed', () => {
    const scores = toyScores();
    expect(toyScores()).toEqual(scores);
    IMAGES.forEach((image, i) => {
      const row = scores[i] as number[];
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (let r = 1; r < image.order.length; r++)
        expect(row[image.order[r - 1] as number]).toBeGreaterThan(row[image.order[r] as number] as number);
    });
  });

  it('has top-1 accuracy 6/12, top-5 11/12 and top-7 1 under the topk metric', () => {
    const scores = toyScores();
    expect(IMAGES.map(rankOfTruth)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5, 7]);
    expect(topk(scores, LABELS, 1).accuracy).toBe(6 / 12);
    expect(topk(scores, LABELS, 5).accuracy).toBe(11 / 12);
    expect(topk(scores, LABELS, 7).accuracy).toBe(1);
  });
});
