/**
 * The interpolated precision of COCO's 101-point AP, shared by the one-curve
 * `apCoco101` and the full `accumulateCoco` (pycocotools `COCOeval.accumulate`,
 * cocoapi@8c9bcc3).
 */

/**
 * Makes the first `n` values of `precision` non-increasing from the right,
 * in place: for i = n-1 down to 1, pr[i-1] = max(pr[i-1], pr[i]) (the
 * precision envelope; pycocotools' loop `if pr[i] > pr[i-1]: pr[i-1] = pr[i]`).
 */
export function envelopeInPlace(precision: { [i: number]: number }, n: number): void {
  for (let i = n - 1; i > 0; i--) {
    const p = precision[i] as number;
    if (p > (precision[i - 1] as number)) precision[i - 1] = p;
  }
}

/**
 * Samples an envelope at recall thresholds: for each threshold t_r (in
 * non-decreasing order), the envelope at the first of the `n` points with
 * recall >= t_r (`np.searchsorted(rc, recThrs, side='left')`), or 0 when the
 * recall never reaches t_r. Writes threshold r to `out[offset + r * stride]`
 * (so it can fill one axis of pycocotools' precision table directly).
 */
export function sampleAtRecall(
  recall: ArrayLike<number>,
  envelope: ArrayLike<number>,
  n: number,
  thresholds: ArrayLike<number>,
  out: { [i: number]: number },
  offset = 0,
  stride = 1,
): void {
  let i = 0;
  for (let r = 0; r < thresholds.length; r++) {
    const t = thresholds[r] as number;
    while (i < n && (recall[i] as number) < t) i++;
    out[offset + r * stride] = i < n ? (envelope[i] as number) : 0;
  }
}
