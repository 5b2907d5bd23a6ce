/**
 * The error overlay of one label-map pair: one byte per pixel saying whether
 * the prediction is right, wrong, ignored (reference is the ignore index) or
 * missing (prediction is the ignore index). The panel draws it on a canvas.
 */

/** Overlay codes. */
export const OVERLAY = { correct: 0, wrong: 1, ignored: 2, unpredicted: 3 } as const;

/** An error overlay with the count of each code. */
export interface ErrorOverlay {
  width: number;
  height: number;
  /** One OVERLAY code per pixel, row-major. */
  data: Uint8Array;
  counts: { correct: number; wrong: number; ignored: number; unpredicted: number };
}

/** Builds the overlay of a pair of equal-sized label maps (ids already checked). */
export function errorOverlay(
  width: number,
  height: number,
  gt: ArrayLike<number>,
  pred: ArrayLike<number>,
  ignoreIndex: number | null,
  numClasses: number,
): ErrorOverlay {
  const n = width * height;
  const data = new Uint8Array(n);
  const counts = { correct: 0, wrong: 0, ignored: 0, unpredicted: 0 };
  const ign = ignoreIndex ?? NaN;
  for (let i = 0; i < n; i++) {
    const t = gt[i]!;
    const q = pred[i]!;
    if (t === ign) {
      data[i] = OVERLAY.ignored;
      counts.ignored++;
    } else if (q === ign && !(q < numClasses)) {
      data[i] = OVERLAY.unpredicted;
      counts.unpredicted++;
    } else if (q === t) {
      counts.correct++;
    } else {
      data[i] = OVERLAY.wrong;
      counts.wrong++;
    }
  }
  return { width, height, data, counts };
}
