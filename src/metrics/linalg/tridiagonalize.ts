/**
 * Householder reduction of a real symmetric matrix to tridiagonal form,
 * A = Q T Q^T (the first half of the EISPACK `tred2` + `tql2` pair of
 * Bowdler, Martin, Reinsch and Wilkinson, Numer. Math. 11, 1968; also
 * Golub and Van Loan, Matrix Computations, 4th ed., section 8.3.1). Written for
 * row-major Float64Array storage: only the lower triangle is read and every
 * inner loop walks along a row.
 */

/** The tridiagonal form of a symmetric matrix and, optionally, Q^T. */
export interface Tridiagonal {
  /** Diagonal of T (length n). */
  d: Float64Array;
  /** Sub-diagonal of T: e[i] = T[i][i-1] for i = 1..n-1; e[0] = 0. */
  e: Float64Array;
  /** Q^T, row-major n x n (A = Q T Q^T), or null when not requested. */
  qt: Float64Array | null;
}

/**
 * Turns row i (left of the diagonal) into the Householder vector u in place,
 * sets e[i] and returns h = |u|^2 / 2 (0 when the row is already zero, and
 * then no reflection is needed).
 */
function makeReflector(a: Float64Array, n: number, i: number, e: Float64Array): number {
  const row = i * n;
  let scale = 0;
  for (let k = 0; k < i; k++) scale += Math.abs(a[row + k]!);
  if (scale === 0) {
    e[i] = 0;
    return 0;
  }
  let sigma = 0;
  for (let k = 0; k < i; k++) {
    const u = a[row + k]! / scale;
    a[row + k] = u;
    sigma += u * u;
  }
  const f = a[row + i - 1]!;
  const g = f >= 0 ? -Math.sqrt(sigma) : Math.sqrt(sigma);
  e[i] = scale * g;
  a[row + i - 1] = f - g;
  return sigma - f * g;
}

/** p[0..i-1] = (leading i x i block) u, with u in row i, reading the lower triangle row by row. */
function blockTimesU(a: Float64Array, n: number, i: number, p: Float64Array): void {
  const row = i * n;
  p.fill(0, 0, i);
  for (let j = 0; j < i; j++) {
    const rj = j * n;
    const uj = a[row + j]!;
    let s = a[rj + j]! * uj;
    for (let k = 0; k < j; k++) {
      const ajk = a[rj + k]!;
      s += ajk * a[row + k]!;
      p[k] = p[k]! + ajk * uj;
    }
    p[j] = p[j]! + s;
  }
}

/** Turns p (= block u) into q = p/h - K u with K = u.(p/h) / (2h), u in row i. */
function toQ(a: Float64Array, n: number, i: number, p: Float64Array, h: number): void {
  const row = i * n;
  let up = 0;
  for (let k = 0; k < i; k++) {
    p[k] = p[k]! / h;
    up += a[row + k]! * p[k]!;
  }
  const kk = up / (2 * h);
  for (let k = 0; k < i; k++) p[k] = p[k]! - kk * a[row + k]!;
}

/**
 * One row of the fused pass: row j (offset rj) of the block gets
 * a_jk -= u_j q_k + q_j u_k (u in row `row`, k <= j), then its updated
 * entries add to pNext = (next block) v with v in row `last`. Two partial
 * sums break the add-latency chain of the dot product.
 */
function updateRowAndMultiply(
  a: Float64Array,
  rj: number,
  row: number,
  last: number,
  q: Float64Array,
  pNext: Float64Array,
  j: number,
): void {
  const uj = a[row + j]!;
  const qj = q[j]!;
  const vj = a[last + j]!;
  let s0 = 0;
  let s1 = 0;
  let k = 0;
  for (; k + 1 < j; k += 2) {
    const x0 = a[rj + k]! - (uj * q[k]! + qj * a[row + k]!);
    const x1 = a[rj + k + 1]! - (uj * q[k + 1]! + qj * a[row + k + 1]!);
    a[rj + k] = x0;
    a[rj + k + 1] = x1;
    s0 += x0 * a[last + k]!;
    s1 += x1 * a[last + k + 1]!;
    pNext[k] = pNext[k]! + x0 * vj;
    pNext[k + 1] = pNext[k + 1]! + x1 * vj;
  }
  for (; k < j; k++) {
    const x = a[rj + k]! - (uj * q[k]! + qj * a[row + k]!);
    a[rj + k] = x;
    s0 += x * a[last + k]!;
    pNext[k] = pNext[k]! + x * vj;
  }
  const djj = a[rj + j]! - 2 * uj * qj;
  a[rj + j] = djj;
  pNext[j] = pNext[j]! + s0 + s1 + djj * vj;
}

/**
 * Reduces the symmetric n x n matrix `a` (row-major; only its lower triangle
 * is read; it is overwritten) to tridiagonal T = Q^T A Q with Householder
 * reflections P_i = I - u u^T / h (i = n-1 down to 2), each zeroing row i left
 * of its sub-diagonal: with p = A u / h, q = p - (u.p / 2h) u, the leading
 * block becomes A - u q^T - q u^T. The update of step i and the product
 * A u of step i-1 share one pass over the rows (each row is updated, then
 * used at once), which halves the memory traffic. With `wantQ`, also returns
 * Q^T = P_2 P_3 ... P_{n-1}. Cost: 2/3 n^3 multiply-adds, as many again for Q^T.
 */
export function tridiagonalize(a: Float64Array, n: number, wantQ: boolean): Tridiagonal {
  if (a.length < n * n) throw new RangeError(`tridiagonalize: ${a.length} entries, expected ${n * n}`);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const hs = new Float64Array(n);
  let q = new Float64Array(n);
  let pNext = new Float64Array(n);
  if (n >= 3) {
    hs[n - 1] = makeReflector(a, n, n - 1, e);
    if (hs[n - 1] !== 0) blockTimesU(a, n, n - 1, q);
  }
  for (let i = n - 1; i >= 2; i--) {
    const h = hs[i]!;
    const row = i * n;
    const last = (i - 1) * n;
    if (h !== 0) {
      toQ(a, n, i, q, h);
      // Update the last row of the block first: the next reflector is made from it.
      const uL = a[row + i - 1]!;
      const qL = q[i - 1]!;
      for (let k = 0; k < i; k++) a[last + k] = a[last + k]! - (uL * q[k]! + qL * a[row + k]!);
    }
    const next = i - 1;
    const hNext = next >= 2 ? makeReflector(a, n, next, e) : 0;
    hs[next] = hNext;
    if (hNext !== 0) pNext.fill(0, 0, next);
    for (let j = 0; j < next; j++) {
      const rj = j * n;
      if (h !== 0 && hNext !== 0) {
        updateRowAndMultiply(a, rj, row, last, q, pNext, j);
      } else if (h !== 0) {
        const uj = a[row + j]!;
        const qj = q[j]!;
        for (let k = 0; k <= j; k++) a[rj + k] = a[rj + k]! - (uj * q[k]! + qj * a[row + k]!);
      } else if (hNext !== 0) {
        const vj = a[last + j]!;
        let s = a[rj + j]! * vj;
        for (let k = 0; k < j; k++) {
          const ajk = a[rj + k]!;
          s += ajk * a[last + k]!;
          pNext[k] = pNext[k]! + ajk * vj;
        }
        pNext[j] = pNext[j]! + s;
      }
    }
    const t = q;
    q = pNext;
    pNext = t;
  }
  if (n >= 2) e[1] = a[n]!;
  for (let i = 0; i < n; i++) d[i] = a[i * n + i]!;
  return { d, e, qt: wantQ ? accumulateQt(a, n, hs) : null };
}

/**
 * Q^T = P_2 P_3 ... P_{n-1}. Row j of Q^T is e_j^T P_2 ... P_{n-1}; P_i leaves
 * it unchanged while i <= j, and after that the row lives in the first i
 * entries, so each row takes v <- v - (v.u_i / h_i) u_i for i = j+1..n-1.
 * Rows are processed four at a time so each u_i is read once per four rows.
 */
function accumulateQt(a: Float64Array, n: number, hs: Float64Array): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  for (let j0 = 0; j0 < n; j0 += 4) {
    const rows = Math.min(4, n - j0);
    for (let i = Math.max(2, j0 + 1); i < n; i++) {
      const h = hs[i]!;
      if (h === 0) continue;
      const u = i * n;
      const active = Math.min(rows, i - j0);
      if (active === 4) {
        const r0 = j0 * n;
        const r1 = r0 + n;
        const r2 = r1 + n;
        const r3 = r2 + n;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let k = 0; k < i; k++) {
          const uk = a[u + k]!;
          s0 += m[r0 + k]! * uk;
          s1 += m[r1 + k]! * uk;
          s2 += m[r2 + k]! * uk;
          s3 += m[r3 + k]! * uk;
        }
        s0 /= h;
        s1 /= h;
        s2 /= h;
        s3 /= h;
        for (let k = 0; k < i; k++) {
          const uk = a[u + k]!;
          m[r0 + k] = m[r0 + k]! - s0 * uk;
          m[r1 + k] = m[r1 + k]! - s1 * uk;
          m[r2 + k] = m[r2 + k]! - s2 * uk;
          m[r3 + k] = m[r3 + k]! - s3 * uk;
        }
      } else {
        for (let j = j0; j < j0 + active; j++) {
          const rj = j * n;
          let s = 0;
          for (let k = 0; k < i; k++) s += m[rj + k]! * a[u + k]!;
          const f = s / h;
          for (let k = 0; k < i; k++) m[rj + k] = m[rj + k]! - f * a[u + k]!;
        }
      }
    }
  }
  return m;
}
