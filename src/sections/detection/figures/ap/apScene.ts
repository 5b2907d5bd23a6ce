/**
 * The detections of the AP figure (`detection.ap`) on the drawn street
 * scene: twelve predictions of two classes with their default boxes and
 * scores. Some are good, one is loose, two are duplicates and two fire on
 * the lamp post and the tree.
 */
import type { BoxXywh } from '../../../../lib/geometry';
import type { StreetClass } from '../../../../scenes/detection/streetScene';

/** A prediction's fixed class and its default box and score. */
export interface DefaultPrediction {
  cls: StreetClass;
  box: BoxXywh;
  score: number;
}

/** The twelve predictions; "prediction n" on screen is entry n - 1. */
export const AP_PREDICTIONS: readonly DefaultPrediction[] = [
  { cls: 'car', box: [44, 258, 228, 102], score: 0.95 },
  { cls: 'person', box: [284, 242, 44, 126], score: 0.91 },
  { cls: 'car', box: [348, 226, 102, 48], score: 0.88 },
  { cls: 'person', box: [240, 92, 20, 120], score: 0.84 },
  { cls: 'car', box: [26, 250, 210, 104], score: 0.8 },
  { cls: 'person', box: [458, 216, 22, 56], score: 0.76 },
  { cls: 'car', box: [472, 200, 52, 30], score: 0.7 },
  { cls: 'person', box: [533, 205, 12, 32], score: 0.62 },
  { cls: 'car', box: [124, 150, 60, 40], score: 0.55 },
  { cls: 'person', box: [600, 195, 10, 27], score: 0.45 },
  { cls: 'car', box: [557, 199, 29, 15], score: 0.35 },
  { cls: 'person', box: [290, 250, 46, 128], score: 0.3 },
];

/** The IoU thresholds the slider offers: 0.50, 0.55, ..., 0.95 (COCO's ten). */
export const IOU_THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95] as const;
