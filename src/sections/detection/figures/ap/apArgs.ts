/**
 * Data builder of the AP figure: turns its state into the arguments of the
 * `detection_match` metric (all classes, or one class for its curve).
 */
import type { StreetClass } from '../../../../scenes/detection/streetScene';
import { STREET_OBJECTS } from '../../../../scenes/detection/streetScene';
import { AP_PREDICTIONS } from './apScene';

/** The part of the AP figure's state the metric needs. */
export interface ApInput {
  boxes: readonly (readonly [number, number, number, number])[];
  scores: readonly number[];
  threshold: number;
}

/** `detection_match` arguments plus, for each input detection, its prediction number (1-based). */
export interface ApArgs {
  args: {
    detections: { box: readonly number[]; score: number; class: StreetClass }[];
    ground_truths: { box: readonly number[]; class: StreetClass }[];
    iou_threshold: number;
    tie_rule: 'stable';
  };
  predictionNumbers: number[];
}

/**
 * The `detection_match` arguments for the state: every prediction with its
 * class, current box and score, every ground-truth object of the street
 * scene, the chosen IoU threshold and the stable tie rule. With `only`, just
 * that class's predictions and objects (the matching is per class, so the
 * rows are the same as in the full call).
 */
export function apArgs(state: ApInput, only?: StreetClass): ApArgs {
  const detections: ApArgs['args']['detections'] = [];
  const predictionNumbers: number[] = [];
  AP_PREDICTIONS.forEach((p, i) => {
    if (only && p.cls !== only) return;
    detections.push({ box: state.boxes[i] ?? p.box, score: state.scores[i] ?? p.score, class: p.cls });
    predictionNumbers.push(i + 1);
  });
  const ground_truths = STREET_OBJECTS.filter((o) => !only || o.cls === only).map((o) => ({
    box: o.box,
    class: o.cls,
  }));
  return {
    args: { detections, ground_truths, iou_threshold: state.threshold, tie_rule: 'stable' },
    predictionNumbers,
  };
}
