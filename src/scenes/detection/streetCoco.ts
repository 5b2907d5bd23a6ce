/**
 * The `coco_eval` arguments (bbox) of detections on the drawn street: its
 * eight objects as ground truth, as one COCO image.
 */
import type { BoxXywh } from '../../lib/geometry';
import { cocoDetections, cocoGroundTruth, type SceneDetection } from './cocoJson';
import { STREET_CLASSES, STREET_OBJECTS, STREET_SIZE } from './streetScene';

/** The street's one image id in COCO JSON. */
const IMAGE_ID = 1;

/** The `coco_eval` arguments (bbox) of `detections` against the street's objects. */
export function streetCocoArgs(detections: readonly { cls: string; box: BoxXywh; score: number }[]) {
  const dets: SceneDetection[] = detections.map((d) => ({
    imageId: IMAGE_ID,
    cls: d.cls,
    box: d.box,
    score: d.score,
  }));
  const gt = cocoGroundTruth([{ id: IMAGE_ID, ...STREET_SIZE, objects: STREET_OBJECTS }], STREET_CLASSES);
  return { iou_type: 'bbox' as const, gt, dt: cocoDetections(dets, STREET_CLASSES) };
}
