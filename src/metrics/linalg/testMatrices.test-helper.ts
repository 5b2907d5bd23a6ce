/** Helpers for linalg tests: random matrices and reconstruction checks. */
import fc from 'fast-check';

/** A symmetric n x n matrix (row-major) from n(n+1)/2 lower-triangle values. */
export function symmetricFromLower(n: number, lower: readonly number[]): Float64Array {
  const a = new Float64Array(n * n);
  let t = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = lower[t++] ?? 0;
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  }
  return a;
}

/** fast-check arbitrary: {n, a} with a symmetric n x n matrix of entries in [-scale, scale]. */
export function arbSymmetric(maxN: number, scale = 10): fc.Arbitrary<{ n: number; a: Float64Array }> {
  return fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc
      .array(fc.double({ min: -scale, max: scale, noNaN: true }), {
        minLength: (n * (n + 1)) / 2,
        maxLength: (n * (n + 1)) / 2,
      })
      .map((lower) => ({ n, a: symmetricFromLower(n, lower) })),
  );
}

/** Deterministic pseudo-random numbers in [-1, 1) (a small LCG), for reproducible test data. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}

/** Largest absolute entry. */
export function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}
