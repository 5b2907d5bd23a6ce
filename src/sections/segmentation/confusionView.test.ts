import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeCell, rowShares } from './confusionView';

const names = ['background', 'sidewalk', 'car', 'person'];

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

describe('describeCell', () => {
  it('names a diagonal cell as true positives', () => {
    expect(describeCell(names, 3, 3, 94, 0.752)).toBe(
      '94 pixels of person were predicted as person (75.2 % of all person pixels): correct, the true positives of person.',
    );
  });

  it('names an off-diagonal cell as a false negative of the row and a false positive of the column', () => {
    expect(describeCell(names, 3, 0, 1, null)).toBe(
      '1 pixel of person was predicted as background: wrong, so false negatives of person and false positives of background.',
    );
  });
});
