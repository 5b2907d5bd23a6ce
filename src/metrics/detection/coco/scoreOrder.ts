/**
 * A stable descending sort of scores in linear time (LSD radix sort on the
 * bits of the doubles), replacing the `np.argsort(-scores, kind='mergesort')`
 * calls of pycocotools: equal scores keep their input order, and -0 ties with 0
 * as it does in numpy.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Indices of `scores` (finite numbers) ordered by descending score, ties in
 * ascending index: the order of numpy's stable `argsort(-scores, kind='mergesort')`.
 */
export function orderByScoreDesc(scores: ArrayLike<number>): Int32Array {
  const n = scores.length;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const H = LITTLE_ENDIAN ? 1 : 0;
  const L = 1 - H;
  for (let i = 0; i < n; i++) {
    f[0] = (scores[i] as number) + 0; // -0 becomes +0
    let h = u[H] as number;
    let l = u[L] as number;
    // Map the double to an unsigned key that grows with the value, then invert it for a descending order.
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else {
      h ^= 0x80000000;
    }
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  // LSD radix sort, four stable passes of 16 bits; the keys travel with the indices so that every pass reads in sequence.
  let idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let idx2 = new Int32Array(n);
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = (pass % 2) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((key[i] as number) >>> shift) & 0xffff;
      counts[b] = (counts[b] as number) + 1;
    }
    // Every key has the same digit here: the pass would not move anything.
    if (n > 0 && counts[((key[0] as number) >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const b = ((key[i] as number) >>> shift) & 0xffff;
      const at = counts[b] as number;
      counts[b] = at + 1;
      idx2[at] = idx[i] as number;
      lo2[at] = lo[i] as number;
      hi2[at] = hi[i] as number;
    }
    [idx, idx2] = [idx2, idx];
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  return idx;
}
