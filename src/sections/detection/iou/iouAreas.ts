/**
 * Pure helpers of the IoU playground: the areas shown in its live formula
 * and its true-positive verdicts. (The IoU itself comes from the worker.)
 */
import type { BoxXywh } from '../../../metrics/types';
import { intersection } from '../../../widgets/boxes/boxGeometry';

/** The thresholds the playground marks: VOC's 0.50 and COCO's strict 0.75. */
export const MARKED_THRESHOLDS = [0.5, 0.75] as const;

/** Areas (px²) of the intersection and the union of two boxes, for the formula's numbers. */
export function overlapAreas(a: BoxXywh, b: BoxXywh): { intersection: number; union: number } {
  const i = intersection(a, b);
  const inter = i ? i[2] * i[3] : 0;
  return { intersection: inter, union: a[2] * a[3] + b[2] * b[3] - inter };
}

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
