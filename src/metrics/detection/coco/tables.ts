/**
 * Readers of the accumulated COCO tables for widgets and for the summary:
 * single entries, means over a selection (as `COCOeval.summarize` takes
 * them) and precision-recall curves. They work on plain data, so they also
 * work on a result that crossed a worker boundary (structured clone drops methods).
 */
import type { Maybe } from '../../types';
import type { CocoAccumulated, CocoTable } from './accumulate';
import { pairwiseSum } from './pairwiseSum';

function entry(table: CocoTable, index: readonly number[]): Maybe {
  let at = 0;
  for (let i = 0; i < table.shape.length; i++) {
    const n = table.shape[i] as number;
    const v = index[i] as number;
    if (!Number.isInteger(v) || v < 0 || v >= n) {
      throw new RangeError(`index ${i} is ${v}, expected an integer in [0, ${n})`);
    }
    at = at * n + v;
  }
  const x = table.data[at] as number;
  return x > -1 ? x : null;
}

/** precision[t][r][k][a][m], or null where pycocotools has -1 (no gt in that category and area range). */
export function precisionAt(
  acc: CocoAccumulated,
  t: number,
  r: number,
  k: number,
  a: number,
  m: number,
): Maybe {
  return entry(acc.precision, [t, r, k, a, m]);
}

/** recall[t][k][a][m] (the recall reached with at most maxDets[m] detections), or null where pycocotools has -1. */
export function recallAt(acc: CocoAccumulated, t: number, k: number, a: number, m: number): Maybe {
  return entry(acc.recall, [t, k, a, m]);
}

/** Which entries to average: one IoU threshold or all (t omitted), one category or all (k omitted). */
export interface CocoSelection {
  readonly t?: number;
  readonly k?: number;
  readonly a: number;
  readonly m: number;
}

function axis(n: number, one: number | undefined): readonly [number, number] {
  if (one === undefined) return [0, n];
  if (!Number.isInteger(one) || one < 0 || one >= n) throw new RangeError(`index ${one} outside [0, ${n})`);
  return [one, one + 1];
}

/** Mean of the entries > -1 in numpy's order and pairwise summation, or null when there are none. */
function meanValid(values: Float64Array, n: number): Maybe {
  return n === 0 ? null : pairwiseSum(values, 0, n) / n;
}

/**
 * Mean of precision[t][r][k][a][m] over the selection and all r, skipping -1
 * entries: `np.mean(s[s > -1])` of pycocotools `_summarize(ap=1, ...)`; null
 * where pycocotools returns -1. The mean over t, r, k is AP@[.5:.95].
 */
export function meanPrecision(acc: CocoAccumulated, sel: CocoSelection): Maybe {
  const [T, R, K, A, M] = acc.precision.shape as [number, number, number, number, number];
  const [t0, t1] = axis(T, sel.t);
  const [k0, k1] = axis(K, sel.k);
  const [a] = axis(A, sel.a);
  const [m] = axis(M, sel.m);
  const cap = (t1 - t0) * R * (k1 - k0);
  // A fresh buffer per call: no state outlives a call (at most 10 x 101 x 80 doubles for bbox AP).
  const valid = new Float64Array(cap);
  let n = 0;
  const data = acc.precision.data;
  for (let t = t0; t < t1; t++) {
    for (let r = 0; r < R; r++) {
      for (let k = k0; k < k1; k++) {
        const x = data[(((t * R + r) * K + k) * A + a) * M + m] as number;
        if (x > -1) valid[n++] = x;
      }
    }
  }
  return meanValid(valid, n);
}

/**
 * Mean of recall[t][k][a][m] over the selection, skipping -1 entries:
 * pycocotools `_summarize(ap=0, ...)`; null where it returns -1.
 */
export function meanRecall(acc: CocoAccumulated, sel: CocoSelection): Maybe {
  const [T, K, A, M] = acc.recall.shape as [number, number, number, number];
  const [t0, t1] = axis(T, sel.t);
  const [k0, k1] = axis(K, sel.k);
  const [a] = axis(A, sel.a);
  const [m] = axis(M, sel.m);
  const cap = (t1 - t0) * (k1 - k0);
  const valid = new Float64Array(cap);
  let n = 0;
  const data = acc.recall.data;
  for (let t = t0; t < t1; t++) {
    for (let k = k0; k < k1; k++) {
      const x = data[((t * K + k) * A + a) * M + m] as number;
      if (x > -1) valid[n++] = x;
    }
  }
  return meanValid(valid, n);
}

/**
 * The interpolated precision-recall curve at IoU threshold index t: R values,
 * precision at recall thresholds recThrs[0..R). For one category (k given),
 * null when that category has no gt in the area range; with k omitted, the
 * mean over the categories that have gt (null when none has).
 */
export function precisionCurve(
  acc: CocoAccumulated,
  sel: CocoSelection & { readonly t: number },
): Float64Array | null {
  const [T, R, K, A, M] = acc.precision.shape as [number, number, number, number, number];
  const [t] = axis(T, sel.t);
  const [k0, k1] = axis(K, sel.k);
  const [a] = axis(A, sel.a);
  const [m] = axis(M, sel.m);
  const data = acc.precision.data;
  const curve = new Float64Array(R);
  let used = 0;
  for (let k = k0; k < k1; k++) {
    if ((data[(((t * R + 0) * K + k) * A + a) * M + m] as number) <= -1) continue;
    used++;
    for (let r = 0; r < R; r++)
      curve[r] = (curve[r] as number) + (data[(((t * R + r) * K + k) * A + a) * M + m] as number);
  }
  if (used === 0) return null;
  for (let r = 0; r < R; r++) curve[r] = (curve[r] as number) / used;
  return curve;
}
