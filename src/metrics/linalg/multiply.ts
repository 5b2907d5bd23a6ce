/**
 * Dense matrix products on row-major Float64Array storage. The work horse is
 * `multiplyABt` (A times B transposed): every output entry is the dot product
 * of two contiguous rows, which keeps the inner loop sequential in memory. It
 * uses a 2x4 register block (eight dot products share six loads) and splits
 * B into row blocks that stay in cache while all rows of A stream past.
 */

/** Rows of B per cache block (a multiple of 4): about 256 KiB of B (8 bytes per entry). */
function blockRows(k: number): number {
  return Math.max(4, Math.floor(32768 / Math.max(1, k)) & ~3);
}

/**
 * C = A B^T for A (m x k) and B (n x k), both row-major; C is m x n row-major:
 * C[i][j] = sum_p A[i][p] B[j][p]. With `symmetric` (only when A B^T is known
 * to be symmetric, e.g. B = A) only j >= i is computed and mirrored.
 */
export function multiplyABt(
  a: Float64Array,
  b: Float64Array,
  m: number,
  n: number,
  k: number,
  symmetric = false,
): Float64Array {
  if (a.length < m * k) throw new RangeError(`multiplyABt: A has ${a.length} entries, expected ${m * k}`);
  if (b.length < n * k) throw new RangeError(`multiplyABt: B has ${b.length} entries, expected ${n * k}`);
  const c = new Float64Array(m * n);
  const bs = blockRows(k);
  for (let j0 = 0; j0 < n; j0 += bs) {
    const j1 = Math.min(n, j0 + bs);
    for (let i = 0; i < m; i += 2) {
      if (symmetric && j1 <= i) continue;
      const rows = Math.min(2, m - i);
      const a0 = i * k;
      const a1 = rows > 1 ? a0 + k : a0;
      // In the symmetric case start at the 4-aligned column block that holds the diagonal.
      const jStart = symmetric ? Math.max(j0, j0 + ((i - j0) & ~3)) : j0;
      for (let j = jStart; j < j1; j += 4) {
        const cols = Math.min(4, j1 - j);
        const b0 = j * k;
        const b1 = cols > 1 ? b0 + k : b0;
        const b2 = cols > 2 ? b0 + 2 * k : b0;
        const b3 = cols > 3 ? b0 + 3 * k : b0;
        let s00 = 0;
        let s01 = 0;
        let s02 = 0;
        let s03 = 0;
        let s10 = 0;
        let s11 = 0;
        let s12 = 0;
        let s13 = 0;
        for (let p = 0; p < k; p++) {
          const x0 = a[a0 + p]!;
          const x1 = a[a1 + p]!;
          const y0 = b[b0 + p]!;
          const y1 = b[b1 + p]!;
          const y2 = b[b2 + p]!;
          const y3 = b[b3 + p]!;
          s00 += x0 * y0;
          s01 += x0 * y1;
          s02 += x0 * y2;
          s03 += x0 * y3;
          s10 += x1 * y0;
          s11 += x1 * y1;
          s12 += x1 * y2;
          s13 += x1 * y3;
        }
        const c0 = i * n + j;
        c[c0] = s00;
        if (cols > 1) c[c0 + 1] = s01;
        if (cols > 2) c[c0 + 2] = s02;
        if (cols > 3) c[c0 + 3] = s03;
        if (rows > 1) {
          const c1 = c0 + n;
          c[c1] = s10;
          if (cols > 1) c[c1 + 1] = s11;
          if (cols > 2) c[c1 + 2] = s12;
          if (cols > 3) c[c1 + 3] = s13;
        }
      }
    }
  }
  if (symmetric) {
    // Entries below the diagonal come from the upper triangle (computed above, j >= i).
    for (let i = 1; i < m; i++) for (let j = 0; j < i; j++) c[i * n + j] = c[j * n + i]!;
  }
  return c;
}

/** The Gram matrix G = A A^T (m x m, symmetric) of the rows of A (m x k, row-major). */
export function gramRows(a: Float64Array, m: number, k: number): Float64Array {
  return multiplyABt(a, a, m, m, k, true);
}

/** Transpose of a row-major m x n matrix (returns n x m, row-major). */
export function transpose(a: Float64Array, m: number, n: number): Float64Array {
  const t = new Float64Array(m * n);
  const tile = 32;
  for (let i0 = 0; i0 < m; i0 += tile) {
    const i1 = Math.min(m, i0 + tile);
    for (let j0 = 0; j0 < n; j0 += tile) {
      const j1 = Math.min(n, j0 + tile);
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) t[j * m + i] = a[i * n + j]!;
    }
  }
  return t;
}

/** C = A B for A (m x k) and B (k x n), row-major (row-axpy loop order: contiguous inner loop). */
export function multiply(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  if (a.length < m * k) throw new RangeError(`multiply: A has ${a.length} entries, expected ${m * k}`);
  if (b.length < k * n) throw new RangeError(`multiply: B has ${b.length} entries, expected ${k * n}`);
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    for (let p = 0; p < k; p++) {
      const x = a[i * k + p]!;
      if (x === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] = c[ci + j]! + x * b[bp + j]!;
    }
  }
  return c;
}
