/**
 * Median by selection (linear expected time), for median scaling of depth maps.
 */

/** Rearranges `a` so that a[k] is the k-th smallest value, smaller ones before it, larger after (quickselect). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // median-of-three pivot
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/**
 * Median as numpy's `np.median`: the middle value, or the mean of the two
 * middle values for an even count. Reorders `values` in place. NaN for an
 * empty array (callers check first).
 */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const k = n >>> 1;
  const upper = select(values, k);
  if (n % 2 === 1) return upper;
  // after selection every value before index k is <= a[k]: the lower middle is their maximum
  let lower = values[0]!;
  for (let i = 1; i < k; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}
