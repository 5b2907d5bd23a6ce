/**
 * Pure helpers of the IoU playground: its true-positive verdicts. (The IoU
 * itself comes from the worker; the areas of its live formula from
 * `lib/geometry` `overlapAreas`.)
 */

/** The thresholds the playground marks: VOC's 0.50 and COCO's strict 0.75. */
export const MARKED_THRESHOLDS = [0.5, 0.75] as const;

/** A verdict at one threshold: true positive when IoU >= t (COCO's rule); null while IoU is unknown or undefined. */
export interface Verdict {
  threshold: number;
  tp: boolean | null;
}

/** The verdict of a prediction with IoU `iou` at each threshold. */
export function verdicts(
  iou: number | null | undefined,
  thresholds: readonly number[] = MARKED_THRESHOLDS,
): Verdict[] {
  return thresholds.map((t) => ({ threshold: t, tp: iou === null || iou === undefined ? null : iou >= t }));
}
