import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crowdBoxIou } from './crowdBoxIou';

const iou = (d: number[], g: number[], crowd = false): number => crowdBoxIou(d, 0, g, 0, crowd);

describe('crowdBoxIou', () => {
  it('is 1 for identical boxes and 0 for disjoint or touching ones', () => {
    expect(iou([3, 4, 10, 20], [3, 4, 10, 20])).toBe(1);
    expect(iou([0, 0, 10, 10], [20, 20, 5, 5])).toBe(0);
    expect(iou([0, 0, 10, 10], [10, 0, 10, 10])).toBe(0);
  });

  it('is intersection over union: half-shifted squares give 50 / 150', () => {
    expect(iou([0, 0, 10, 10], [5, 0, 10, 10])).toBeCloseTo(1 / 3, 15);
  });

  it('divides by the detection area when the gt is a crowd region', () => {
    expect(iou([10, 10, 10, 10], [0, 0, 100, 100], true)).toBe(1);
    expect(iou([5, 0, 10, 10], [0, 0, 10, 10], true)).toBe(0.5);
    expect(iou([10, 10, 10, 10], [0, 0, 100, 100], false)).toBe(0.01);
  });

  it('reads boxes at offsets of flat arrays', () => {
    expect(crowdBoxIou([9, 9, 0, 0, 10, 10], 2, [7, 5, 0, 10, 10], 1, false)).toBeCloseTo(1 / 3, 15);
  });

  const box = fc.tuple(
    fc.double({ min: -50, max: 50, noNaN: true }),
    fc.double({ min: -50, max: 50, noNaN: true }),
    fc.double({ min: 0.01, max: 100, noNaN: true }),
    fc.double({ min: 0.01, max: 100, noNaN: true }),
  );

  it('lies in [0, 1], is symmetric without crowd, and the crowd form is never smaller', () => {
    fc.assert(
      fc.property(box, box, (a, b) => {
        const v = iou(a, b);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1 + 1e-12);
        expect(iou(b, a)).toBeCloseTo(v, 12);
        expect(iou(a, b, true)).toBeGreaterThanOrEqual(v - 1e-12);
      }),
    );
  });
});
