import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowShares } from './rowShares';
import { segmentationMetrics } from './segmentationMetrics';

describe('rowShares', () => {
  it('divides each row by its total and leaves empty rows undefined', () => {
    expect(
      rowShares([
        [3, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0.75, 0.25],
      [null, null],
    ]);
  });

  it('non-empty rows sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(1000), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (m) => {
          rowShares(m).forEach((row, i) => {
            if (m[i]!.some((v) => v > 0)) expect(row.reduce((a, b) => a! + b!, 0)).toBeCloseTo(1, 12);
            else expect(row.every((v) => v === null)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('rowShares and recall', () => {
  it('the diagonal is the recall of each class when every pixel is counted', () => {
    const lm = (data: number[]) => ({ width: data.length, height: 1, data });
    const r = segmentationMetrics(lm([0, 0, 1, 1, 1, 2]), lm([0, 1, 1, 1, 0, 1]), 3);
    const shares = rowShares(r.confusion);
    r.recall.forEach((recall, c) => {
      if (recall === null) expect(shares[c]![c]).toBeNull();
      else expect(shares[c]![c]).toBeCloseTo(recall, 12);
    });
  });
});
