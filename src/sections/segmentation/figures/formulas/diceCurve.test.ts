import { describe, expect, it } from 'vitest';
import { diceCurvePoints } from './diceCurve';

describe('diceCurvePoints', () => {
  it('runs from (0, 0) to (1, 1) through (0.5, 2/3)', () => {
    const pts = diceCurvePoints(2);
    expect(pts[0]).toEqual([0, 0]);
    expect(pts[1]![1]).toBeCloseTo(2 / 3, 12);
    expect(pts[2]).toEqual([1, 1]);
  });

  it('lies on or above the diagonal and rises', () => {
    const pts = diceCurvePoints();
    expect(pts).toHaveLength(101);
    pts.forEach(([iou, dice], k) => {
      expect(dice).toBeGreaterThanOrEqual(iou);
      if (k > 0) expect(dice).toBeGreaterThan(pts[k - 1]![1]);
    });
  });

  it('refuses a bad number of steps', () => {
    expect(() => diceCurvePoints(0)).toThrow(RangeError);
  });
});
