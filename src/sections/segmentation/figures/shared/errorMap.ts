/**
 * The error map of the painter: which pixels are true positives, false
 * positives and false negatives, for one class or for all object classes at
 * once. It only classifies pixels of the 160 x 120 label map for drawing
 * (DESIGN.md, "Main thread": label maps up to about 160 x 120 may be drawn on
 * the main thread); every count shown comes from the metrics worker.
 */

/** Pixel categories of the error map. */
export const ERROR_KIND = { none: 0, tp: 1, fp: 2, fn: 3 } as const;

/**
 * Classifies each pixel (gt, pred) for class `cls`:
 * TP when both are `cls`, FP when only the prediction is, FN when only the
 * ground truth is, none otherwise (true negatives are left blank).
 *
 * With `cls = 'all'` the map shows every object class together, taking class
 * 0 (background) as "nothing to find": a pixel is TP when an object pixel got
 * its right class, FN when an object pixel got any other class (missed or
 * mislabelled), FP when a background pixel was given an object class.
 */
export function errorMap(gt: ArrayLike<number>, pred: ArrayLike<number>, cls: number | 'all'): Uint8Array {
  if (gt.length !== pred.length)
    throw new RangeError(`gt has ${gt.length} pixels but pred has ${pred.length}`);
  const out = new Uint8Array(gt.length);
  for (let i = 0; i < gt.length; i++) {
    const g = gt[i]!;
    const p = pred[i]!;
    if (cls === 'all') {
      if (g !== 0) out[i] = p === g ? ERROR_KIND.tp : ERROR_KIND.fn;
      else if (p !== 0) out[i] = ERROR_KIND.fp;
    } else if (g === cls) {
      out[i] = p === cls ? ERROR_KIND.tp : ERROR_KIND.fn;
    } else if (p === cls) {
      out[i] = ERROR_KIND.fp;
    }
  }
  return out;
}
