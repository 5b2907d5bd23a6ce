import { describe, expect, it } from 'vitest';
import type { CocoAccumulated } from './accumulate';
import { meanPrecision, meanRecall, precisionAt, precisionCurve, recallAt } from './tables';

// T=2, R=3, K=2, A=1, M=1: category 1 has no gt (-1 everywhere).
const acc: CocoAccumulated = {
  precision: {
    data: Float64Array.from([1, -1, 0.5, -1, 0, -1, 0.8, -1, 0.4, -1, 0.2, -1]),
    shape: [2, 3, 2, 1, 1],
  },
  recall: { data: Float64Array.from([0.9, -1, 0.6, -1]), shape: [2, 2, 1, 1] },
};

describe('COCO table readers', () => {
  it('read single entries, null where pycocotools has -1', () => {
    expect(precisionAt(acc, 0, 1, 0, 0, 0)).toBe(0.5);
    expect(precisionAt(acc, 1, 2, 0, 0, 0)).toBe(0.2);
    expect(precisionAt(acc, 0, 0, 1, 0, 0)).toBeNull();
    expect(recallAt(acc, 1, 0, 0, 0)).toBe(0.6);
    expect(recallAt(acc, 1, 1, 0, 0)).toBeNull();
  });

  it('refuse indices outside the table', () => {
    expect(() => precisionAt(acc, 2, 0, 0, 0, 0)).toThrow(RangeError);
    expect(() => recallAt(acc, 0, -1, 0, 0)).toThrow(RangeError);
  });

  it('average the valid entries of a selection', () => {
    expect(meanPrecision(acc, { a: 0, m: 0 })).toBeCloseTo((1 + 0.5 + 0 + 0.8 + 0.4 + 0.2) / 6, 15);
    expect(meanPrecision(acc, { t: 1, a: 0, m: 0 })).toBeCloseTo((0.8 + 0.4 + 0.2) / 3, 15);
    expect(meanPrecision(acc, { k: 1, a: 0, m: 0 })).toBeNull();
    expect(meanRecall(acc, { a: 0, m: 0 })).toBeCloseTo(0.75, 15);
    expect(meanRecall(acc, { k: 1, a: 0, m: 0 })).toBeNull();
  });

  it('give the precision-recall curve of a category, or the mean over categories with gt', () => {
    expect(Array.from(precisionCurve(acc, { t: 1, k: 0, a: 0, m: 0 })!)).toEqual([0.8, 0.4, 0.2]);
    expect(precisionCurve(acc, { t: 1, k: 1, a: 0, m: 0 })).toBeNull();
    expect(Array.from(precisionCurve(acc, { t: 0, a: 0, m: 0 })!)).toEqual([1, 0.5, 0]);
  });
});
