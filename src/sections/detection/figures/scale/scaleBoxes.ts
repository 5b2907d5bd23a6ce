/**
 * Pure core of the scale figure (`detection.scale`): a 12x12 and a 120x120
 * ground-truth box, each with a prediction of the same size shifted right by
 * the same number of pixels.
 */
import type { BoxXywh } from '../../../../lib/geometry';

/** The two subjects of the figure. */
export type ScaleSubject = 'small' | 'large';

/** Each subject's frame (drawing size, px) and ground-truth box. */
export const SCALE_FRAMES: Readonly<Record<ScaleSubject, { size: number; gt: BoxXywh }>> = {
  small: { size: 40, gt: [8, 14, 12, 12] },
  large: { size: 180, gt: [16, 30, 120, 120] },
};

/** Largest shift the slider offers, px (keeps both predictions inside their frames). */
export const MAX_SHIFT = 20;

/** The ground-truth box of `subject` and its prediction moved `shift` pixels to the right. */
export function scalePair(subject: ScaleSubject, shift: number): { gt: BoxXywh; pred: BoxXywh } {
  const { gt } = SCALE_FRAMES[subject];
  return { gt, pred: [gt[0] + shift, gt[1], gt[2], gt[3]] };
}
