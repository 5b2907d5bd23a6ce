/**
 * Reading the COCO job's compact curve array `[K][T][R]`: one category's
 * curve at one threshold, or the mean over the categories that have one.
 */
import type { CocoJobResult } from '../../../../lab/coco/types';

/** Interpolated precision at the R recall thresholds, or null when the category has no ground truth. */
export function curveOf(r: CocoJobResult, category: number, threshold: number): Float64Array | null {
  const T = r.iouThresholds.length;
  const R = r.recallThresholds.length;
  if (category >= 0) {
    const start = (category * T + threshold) * R;
    if (Number.isNaN(r.curves[start])) return null;
    return Float64Array.from(r.curves.subarray(start, start + R));
  }
  const out = new Float64Array(R);
  let used = 0;
  for (let k = 0; k < r.categories.length; k++) {
    const start = (k * T + threshold) * R;
    if (Number.isNaN(r.curves[start])) continue;
    used++;
    for (let i = 0; i < R; i++) out[i] = (out[i] as number) + (r.curves[start + i] as number);
  }
  if (used === 0) return null;
  for (let i = 0; i < R; i++) out[i] = (out[i] as number) / used;
  return out;
}

/** Mean of the curve's points (COCO's AP at that threshold for the curve). */
export function curveMean(curve: Float64Array): number {
  let s = 0;
  for (const v of curve) s += v;
  return s / curve.length;
}
