/**
 * numpy's pairwise summation of a contiguous float64 array (`pairwise_sum` in
 * numpy/_core/src/umath/loops_utils.h.src, block size 128, eight interleaved
 * accumulators), so that means taken here add in the same order as `np.sum`
 * and `np.mean` do in pycocotools.
 */

/** Sum of `a[from .. from + n)` in numpy's pairwise order. */
export function pairwiseSum(a: ArrayLike<number>, from = 0, n = a.length - from): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[from + i] as number;
    return res;
  }
  if (n <= 128) {
    let r0 = a[from] as number;
    let r1 = a[from + 1] as number;
    let r2 = a[from + 2] as number;
    let r3 = a[from + 3] as number;
    let r4 = a[from + 4] as number;
    let r5 = a[from + 5] as number;
    let r6 = a[from + 6] as number;
    let r7 = a[from + 7] as number;
    const body = n - (n % 8);
    let i = 8;
    for (; i < body; i += 8) {
      const b = from + i;
      r0 += a[b] as number;
      r1 += a[b + 1] as number;
      r2 += a[b + 2] as number;
      r3 += a[b + 3] as number;
      r4 += a[b + 4] as number;
      r5 += a[b + 5] as number;
      r6 += a[b + 6] as number;
      r7 += a[b + 7] as number;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[from + i] as number;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
}
