/**
 * Data builders: the pose figures' state turned into the arguments of the
 * worker's metrics (`pose_oks_terms`, `pose_ring_radii`, `pose_pck_terms`,
 * `coco_eval` and `pose_keypoint_matches`).
 */
import type { Point } from './geometry';
import type { Person } from './scene';
import { AP_IMAGE, AP_PEOPLE, AP_PREDICTIONS, predictedJoints } from './apScene';
import { NUM_JOINTS } from './skeleton';

/** The similarities of the two tolerance rings, inner first. */
export const RING_SIMILARITIES = [0.75, 0.5] as const;

/** COCO `[x, y, v] * 17`; v = 2 (labelled and visible) unless `labelled[i]` is false (v = 0). */
export function flatKeypoints(points: readonly Point[], labelled?: readonly boolean[]): number[] {
  return points.flatMap((p, i) => [p[0], p[1], labelled && labelled[i] === false ? 0 : 2]);
}

/** Arguments of `pose_oks_terms` for a person's ground truth and a prediction (v = 0 where not labelled). */
export function oksArgs(person: Person, pred: readonly Point[], labelled?: readonly boolean[]) {
  return {
    gt: { keypoints: flatKeypoints(person.gt, labelled), area: person.area, bbox: [...person.bbox] },
    dt: { keypoints: pred.flatMap((p) => [p[0], p[1], 1]) },
  };
}

/** Arguments of `pose_ring_radii` for an object of `area` px^2. */
export function ringArgs(area: number) {
  return { area, similarities: [...RING_SIMILARITIES] };
}

/** Arguments of `pose_pck_terms`. */
export function pckArgs(
  gt: readonly Point[],
  pred: readonly Point[],
  reference: 'torso' | 'head',
  alpha: number,
) {
  return { gt: gt.map((p) => [p[0], p[1]]), pred: pred.map((p) => [p[0], p[1]]), reference, alpha };
}

/** The AP figure's state: each prediction's offset and score. */
export interface ApInput {
  offsets: readonly Point[];
  scores: readonly number[];
}

/** The image id of the AP scene's COCO JSON. */
export const AP_IMAGE_ID = 1;
/** The category id of a person in the AP scene's COCO JSON. */
export const PERSON_CATEGORY = 1;

/** The predicted keypoints of every AP prediction in the state. */
export function apPredictedJoints(state: ApInput): Point[][] {
  return AP_PREDICTIONS.map((p, i) => predictedJoints(p, state.offsets[i] ?? p.offset));
}

/**
 * `coco_eval` arguments (iou_type "keypoints") for the AP scene: one image,
 * the person category, one annotation per person (id n + 1, every keypoint
 * labelled, `area` = silhouette area, `bbox` = silhouette box,
 * num_keypoints 17) and one result per prediction with its score.
 */
export function apCocoArgs(state: ApInput) {
  const joints = apPredictedJoints(state);
  return {
    iou_type: 'keypoints' as const,
    gt: {
      images: [{ id: AP_IMAGE_ID, width: AP_IMAGE.width, height: AP_IMAGE.height }],
      categories: [{ id: PERSON_CATEGORY, name: 'person' }],
      annotations: AP_PEOPLE.map((p, n) => ({
        id: n + 1,
        image_id: AP_IMAGE_ID,
        category_id: PERSON_CATEGORY,
        keypoints: flatKeypoints(p.gt),
        num_keypoints: NUM_JOINTS,
        area: p.area,
        bbox: [...p.bbox],
        iscrowd: 0,
      })),
    },
    dt: AP_PREDICTIONS.map((p, i) => ({
      image_id: AP_IMAGE_ID,
      category_id: PERSON_CATEGORY,
      keypoints: joints[i]!.flatMap((q) => [q[0], q[1], 1]),
      score: state.scores[i] ?? p.score,
    })),
  };
}
