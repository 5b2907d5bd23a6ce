/**
 * Data builder of the iconic-or-crowded figure (`detection.iconic`): one
 * simulated detector (the same localisation error and miss rate) run on the
 * espresso photo (one large cup) and on the drawn car park (33 small cars),
 * and the `coco_eval` arguments of each scene.
 */
import type { BoxXywh } from '../../../../lib/geometry';
import { cocoDetections, cocoGroundTruth } from '../../../../scenes/detection/cocoJson';
import { simulateDetector, type SimDetection } from '../../../../scenes/detection/detector';
import { CUP_IMAGE, PARKING_CARS, PARKING_SIZE } from '../../../../scenes/detection/parkingScene';

/** The two scenes. */
export type SceneKind = 'iconic' | 'crowded';

/** Each scene's size, class and ground-truth boxes. */
export const SCENES: Readonly<
  Record<SceneKind, { width: number; height: number; cls: string; boxes: readonly BoxXywh[] }>
> = {
  iconic: { width: CUP_IMAGE.width, height: CUP_IMAGE.height, cls: 'cup', boxes: [CUP_IMAGE.cup] },
  crowded: { ...PARKING_SIZE, cls: 'car', boxes: PARKING_CARS },
};

/** The simulated detector's output on a scene. */
export function sceneDetections(kind: SceneKind, locError: number, missRate: number): SimDetection[] {
  const s = SCENES[kind];
  return simulateDetector(s.boxes, locError, missRate, s);
}

/** The `coco_eval` arguments (bbox) of a scene under the detector. */
export function sceneArgs(kind: SceneKind, locError: number, missRate: number) {
  const s = SCENES[kind];
  const classes = [s.cls];
  const gt = cocoGroundTruth(
    [{ id: 1, width: s.width, height: s.height, objects: s.boxes.map((box) => ({ cls: s.cls, box })) }],
    classes,
  );
  const dt = cocoDetections(
    sceneDetections(kind, locError, missRate).map((d) => ({
      imageId: 1,
      cls: s.cls,
      box: d.box,
      score: d.score,
    })),
    classes,
  );
  return { iou_type: 'bbox' as const, gt, dt };
}
