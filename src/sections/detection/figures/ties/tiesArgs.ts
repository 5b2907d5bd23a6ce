/**
 * Data builder of the ties figure (`detection.ties`): four people, four
 * person predictions, two of them with the same score (one right, one on the
 * lamp post), and the tie rule chosen by the reader.
 */
import type { BoxXywh } from '../../../../lib/geometry';
import { STREET_DISTRACTORS, STREET_OBJECTS } from '../../../../scenes/detection/streetScene';

/** How equal scores are ordered (the `tie_rule` of `detection_match`). */
export type TieRule = 'stable' | 'reverse';

/** The tie rules the reader can pick, pycocotools' stable order first. */
export const TIE_RULES: readonly TieRule[] = ['stable', 'reverse'];

/** The four predictions in input order ("prediction n" is entry n - 1). */
export const TIE_PREDICTIONS: readonly { box: BoxXywh; score: number }[] = [
  { box: [283, 240, 45, 130], score: 0.9 },
  { box: [457, 215, 22, 57], score: 0.7 },
  { box: [STREET_DISTRACTORS.lampPost[0] - 4, 100, 20, 110], score: 0.7 },
  { box: [531, 204, 12, 32], score: 0.5 },
];

/** The people of the street scene, the ground truth of this figure. */
export const TIE_OBJECTS = STREET_OBJECTS.filter((o) => o.cls === 'person');

/** The `detection_match` arguments for a tie rule (class person, IoU 0.5). */
export function tiesArgs(rule: TieRule) {
  return {
    detections: TIE_PREDICTIONS.map((p) => ({ box: p.box, score: p.score, class: 'person' })),
    ground_truths: TIE_OBJECTS.map((o) => ({ box: o.box, class: 'person' })),
    iou_threshold: 0.5,
    tie_rule: rule,
  };
}
