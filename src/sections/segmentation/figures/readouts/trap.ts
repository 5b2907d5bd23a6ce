/**
 * The "accuracy trap" callout of the metrics figure: it lights up when pixel
 * accuracy looks good while a class that matters (person or car) is mostly
 * missed or badly outlined.
 */
import type { Maybe } from '../../../../metrics/types';
import { CLASS_ID, type ClassName } from '../../../../scenes/segmentation/classes';

/** Pixel accuracy at or above this looks "good" to a casual reader. */
export const TRAP_ACCURACY = 0.85;

/** IoU or recall below this on person or car means the class is mostly missed. */
export const TRAP_CLASS_SCORE = 0.5;

/** The fields of a `segmentation` result the trap reads. */
export interface TrapInput {
  pixel_accuracy: Maybe;
  iou: readonly Maybe[];
  recall: readonly Maybe[];
}

/** The trap's verdict; `worst` is the lowest offending score, for the sentence. */
export interface TrapVerdict {
  active: boolean;
  worst: { cls: ClassName; metric: 'iou' | 'recall'; value: number } | null;
}

/**
 * Active when pixel accuracy >= TRAP_ACCURACY and person or car has IoU or
 * recall below TRAP_CLASS_SCORE. An undefined (0/0) score never triggers it.
 * `worst` names the lowest offending score (IoU before recall on ties,
 * person before car).
 */
export function accuracyTrap(result: TrapInput): TrapVerdict {
  const acc = result.pixel_accuracy;
  let worst: TrapVerdict['worst'] = null;
  for (const cls of ['person', 'car'] as const) {
    for (const metric of ['iou', 'recall'] as const) {
      const v = result[metric][CLASS_ID[cls]];
      if (v === null || v === undefined || v >= TRAP_CLASS_SCORE) continue;
      if (!worst || v < worst.value) worst = { cls, metric, value: v };
    }
  }
  if (acc === null || acc < TRAP_ACCURACY || !worst) return { active: false, worst: null };
  return { active: true, worst };
}
