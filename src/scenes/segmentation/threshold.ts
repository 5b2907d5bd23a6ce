/**
 * The threshold of the precision-recall figure: the slider's range and the
 * prediction a threshold makes of the pedestrian probability map (a 64 x 56
 * label map, small enough to threshold on the main thread).
 */

/** The crop of the street scene the figure shows (label pixels): the size of the probability map. */
export const CROP = { x: 88, y: 44, width: 64, height: 56 } as const;

/** Threshold slider range of the figure. */
export const THRESHOLD = { min: 0.05, max: 0.95, step: 0.05, initial: 0.5 } as const;

/** The prediction at threshold t: 1 where the probability is at least t. */
export function thresholdMap(probability: ArrayLike<number>, t: number): Uint8Array {
  return Uint8Array.from(probability, (p) => (p >= t ? 1 : 0));
}
