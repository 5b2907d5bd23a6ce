/**
 * Data builder of the empty-image figure (`detection.empty`): a dataset of
 * two images, the street (six of its eight objects found exactly) and an
 * empty road where the detector may fire once.
 */
import type { BoxXywh } from '../../../../lib/geometry';
import { STREET_OBJECTS } from '../../../../scenes/detection/streetScene';

/** Objects of the street the detector finds (the other two are missed). */
export const EMPTY_FOUND: readonly string[] = ['car-1', 'car-2', 'car-3', 'person-1', 'person-2', 'person-3'];

/** The false detection on the empty road: a "car" on a shadow. */
export const EMPTY_FALSE_ALARM: { box: BoxXywh; score: number } = { box: [300, 250, 70, 34], score: 0.8 };

/** The `detection_image_counts` arguments: image 0 the street, image 1 the empty road. */
export function emptyArgs(fires: boolean) {
  const found = STREET_OBJECTS.filter((o) => EMPTY_FOUND.includes(o.id));
  return {
    images: [
      {
        ground_truths: STREET_OBJECTS.map((o) => ({ box: o.box, class: o.cls })),
        detections: found.map((o, i) => ({ box: o.box, score: 0.9 - 0.1 * i, class: o.cls })),
      },
      {
        ground_truths: [],
        detections: fires
          ? [{ box: EMPTY_FALSE_ALARM.box, score: EMPTY_FALSE_ALARM.score, class: 'car' }]
          : [],
      },
    ],
    iou_threshold: 0.5,
  };
}
