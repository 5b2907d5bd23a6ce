import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gramRows, multiply, multiplyABt, transpose } from './multiply';

/** Textbook triple loop, the oracle for the blocked kernels. */
function naive(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p]! * b[p * n + j]!;
      c[i * n + j] = s;
    }
  return c;
}

const dims = fc.record({
  m: fc.integer({ min: 1, max: 9 }),
  k: fc.integer({ min: 1, max: 7 }),
  n: fc.integer({ min: 1, max: 9 }),
});
const withData = dims.chain(({ m, k, n }) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: -9, max: 9 }), { minLength: m * k, maxLength: m * k }),
      fc.array(fc.integer({ min: -9, max: 9 }), { minLength: k * n, maxLength: k * n }),
    )
    .map(([a, b]) => ({ m, k, n, a: Float64Array.from(a), b: Float64Array.from(b) })),
);

describe('matrix products', () => {
  it('multiplies a 2x3 by a 3x2 matrix by hand', () => {
    const a = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const b = Float64Array.from([7, 8, 9, 10, 11, 12]);
    expect(Array.from(multiply(a, b, 2, 3, 2))).toEqual([58, 64, 139, 154]);
    // A B^T with B^T given as rows: the transpose of b is [[7, 9, 11], [8, 10, 12]].
    expect(Array.from(multiplyABt(a, transpose(b, 3, 2), 2, 2, 3))).toEqual([58, 64, 139, 154]);
  });

  it('agrees with the triple loop for every shape, including the 2x4 block remainders', () => {
    fc.assert(
      fc.property(withData, ({ m, k, n, a, b }) => {
        const expected = naive(a, b, m, k, n);
        expect(Array.from(multiply(a, b, m, k, n))).toEqual(Array.from(expected));
        expect(Array.from(multiplyABt(a, transpose(b, k, n), m, n, k))).toEqual(Array.from(expected));
      }),
    );
  });

  it('computes the symmetric Gram matrix A A^T with the mirrored lower half', () => {
    fc.assert(
      fc.property(withData, ({ m, k, a }) => {
        const g = gramRows(a, m, k);
        expect(Array.from(g)).toEqual(Array.from(naive(a, transpose(a, m, k), m, k, m)));
      }),
    );
  });

  it('handles blocks larger than one cache block of B', () => {
    const m = 7;
    const n = 70;
    const k = 1000; // 32768 / 1000 -> 32 rows of B per block: three blocks
    const a = Float64Array.from({ length: m * k }, (_, i) => ((i * 7) % 13) - 6);
    const b = Float64Array.from({ length: n * k }, (_, i) => ((i * 5) % 11) - 5);
    expect(Array.from(multiplyABt(a, b, m, n, k))).toEqual(Array.from(naive(a, transpose(b, n, k), m, k, n)));
    const g = multiplyABt(b, b, n, n, k, true);
    expect(Array.from(g)).toEqual(Array.from(naive(b, transpose(b, n, k), n, k, n)));
  });

  it('rejects operands that are too small', () => {
    expect(() => multiplyABt(new Float64Array(3), new Float64Array(4), 2, 2, 2)).toThrow(RangeError);
    expect(() => multiply(new Float64Array(4), new Float64Array(3), 2, 2, 2)).toThrow(RangeError);
  });
});
