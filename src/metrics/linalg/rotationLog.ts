/**
 * Deferred application of the Givens rotations of the QL algorithm to the
 * eigenvector matrix. A sweep from m-1 down to l rotates vector pairs
 * (i, i+1); applied to rows of z one rotation at a time this streams the whole
 * matrix through the cache once per sweep. Here z is kept transposed (one
 * contiguous line per vector component) and the rotations of many sweeps are
 * applied to four lines at a time, carrying the running entry in a register.
 */
import { transpose } from './multiply';

/** Records QL rotations sweep by sweep and applies them to z in cache-friendly batches. */
export class RotationLog {
  private readonly zt: Float64Array;
  private readonly cs: Float64Array;
  private readonly sn: Float64Array;
  private count = 0;
  private sweeps: number[] = [];

  /** `z`: n x n row-major, rows = vectors; it is updated when `finish()` is called. */
  constructor(
    private readonly z: Float64Array,
    private readonly n: number,
  ) {
    this.zt = transpose(z, n, n);
    const cap = Math.max(1024, 8 * n);
    this.cs = new Float64Array(cap);
    this.sn = new Float64Array(cap);
  }

  /** Starts a sweep whose rotations act on pairs (i, i+1) for i = m-1 down to l. */
  beginSweep(l: number, m: number): void {
    if (this.count + (m - l) > this.cs.length) this.flush();
    this.sweeps.push(this.count, l, m);
  }

  /** Records the next rotation of the current sweep: (v_i, v_{i+1}) <- (c v_i - s v_{i+1}, s v_i + c v_{i+1}). */
  push(c: number, s: number): void {
    this.cs[this.count] = c;
    this.sn[this.count] = s;
    this.count++;
  }

  /** Applies every pending rotation and writes the result back into z. */
  finish(): void {
    this.flush();
    const t = transpose(this.zt, this.n, this.n);
    this.z.set(t);
  }

  private flush(): void {
    const { zt, cs, sn, n, sweeps } = this;
    if (sweeps.length === 0) return;
    let k = 0;
    for (; k + 3 < n; k += 4) {
      const o0 = k * n;
      const o1 = o0 + n;
      const o2 = o1 + n;
      const o3 = o2 + n;
      for (let w = 0; w < sweeps.length; w += 3) {
        let r = sweeps[w]!;
        const l = sweeps[w + 1]!;
        const m = sweeps[w + 2]!;
        let t0 = zt[o0 + m]!;
        let t1 = zt[o1 + m]!;
        let t2 = zt[o2 + m]!;
        let t3 = zt[o3 + m]!;
        for (let i = m - 1; i >= l; i--, r++) {
          const c = cs[r]!;
          const s = sn[r]!;
          const a0 = zt[o0 + i]!;
          const a1 = zt[o1 + i]!;
          const a2 = zt[o2 + i]!;
          const a3 = zt[o3 + i]!;
          zt[o0 + i + 1] = s * a0 + c * t0;
          t0 = c * a0 - s * t0;
          zt[o1 + i + 1] = s * a1 + c * t1;
          t1 = c * a1 - s * t1;
          zt[o2 + i + 1] = s * a2 + c * t2;
          t2 = c * a2 - s * t2;
          zt[o3 + i + 1] = s * a3 + c * t3;
          t3 = c * a3 - s * t3;
        }
        zt[o0 + l] = t0;
        zt[o1 + l] = t1;
        zt[o2 + l] = t2;
        zt[o3 + l] = t3;
      }
    }
    for (; k < n; k++) {
      const o = k * n;
      for (let w = 0; w < sweeps.length; w += 3) {
        let r = sweeps[w]!;
        const l = sweeps[w + 1]!;
        const m = sweeps[w + 2]!;
        let t = zt[o + m]!;
        for (let i = m - 1; i >= l; i--, r++) {
          const a = zt[o + i]!;
          zt[o + i + 1] = sn[r]! * a + cs[r]! * t;
          t = cs[r]! * a - sn[r]! * t;
        }
        zt[o + l] = t;
      }
    }
    this.count = 0;
    this.sweeps = [];
  }
}
