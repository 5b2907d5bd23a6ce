import { describe, expect, it } from 'vitest';
import { MetricInputError } from '../validate';
import { toDenseMatrix, toSymmetricMatrix, trace } from './matrix';

describe('matrix arguments', () => {
  it('copies rows or a flat {rows, cols, data} into row-major storage', () => {
    expect(
      toDenseMatrix('m', [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual({ rows: 3, cols: 2, data: Float64Array.from([1, 2, 3, 4, 5, 6]) });
    expect(toDenseMatrix('m', { rows: 1, cols: 3, data: [1, 2, 3] }).data).toEqual(
      Float64Array.from([1, 2, 3]),
    );
    expect(toDenseMatrix('m', [new Float32Array([1, 2])]).data).toEqual(Float64Array.from([1, 2]));
  });

  it('names the argument for ragged rows, non-finite values and wrong shapes', () => {
    expect(() => toDenseMatrix('x', [[1, 2], [3]])).toThrow(/^x: row 1 has 1 entries/);
    expect(() => toDenseMatrix('x', [[1, NaN]])).toThrow(MetricInputError);
    expect(() => toDenseMatrix('x', [[1, 2]], 3)).toThrow(/^x: has 2 columns, expected 3/);
    expect(() => toDenseMatrix('x', 5)).toThrow(/^x:/);
    expect(() => toDenseMatrix('x', { rows: 2, cols: 2, data: [1, 2, 3] })).toThrow(/^x\.data:/);
  });

  it('accepts symmetric matrices (averaging rounding-level asymmetry) and rejects the rest', () => {
    const s = toSymmetricMatrix(
      's',
      [
        [2, 1 + 1e-12],
        [1, 3],
      ],
      2,
    );
    expect(s[1]).toBe(s[2]);
    expect(trace(s, 2)).toBe(5);
    expect(() =>
      toSymmetricMatrix(
        's',
        [
          [2, 1],
          [0, 3],
        ],
        2,
      ),
    ).toThrow(/^s: is not symmetric/);
    expect(() =>
      toSymmetricMatrix(
        's',
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        2,
      ),
    ).toThrow(/^s: must be square/);
    expect(() =>
      toSymmetricMatrix(
        's',
        [
          [1, 0],
          [0, 1],
        ],
        3,
      ),
    ).toThrow(/^s: is 2 x 2, expected 3 x 3/);
  });
});
