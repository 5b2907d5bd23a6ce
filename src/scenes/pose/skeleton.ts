/**
 * The COCO person skeleton as the pose figures draw it: the 17 keypoints in
 * annotation order (the metrics package's constants, the one part of it
 * sections may import), the limbs joining them, and a template person standing face
 * on, 400 px tall, with a silhouette outline whose area is the person's s^2.
 */
import { COCO_KEYPOINT_NAMES } from '../../metrics/detection/coco/cocoKeypoints';
import type { Point } from './geometry';

/** The 17 COCO keypoints, in annotation order. */
export const JOINTS = COCO_KEYPOINT_NAMES;

/** A COCO keypoint name. */
export type JointName = (typeof JOINTS)[number];

/** Number of keypoints. */
export const NUM_JOINTS = JOINTS.length;

/** The index of a keypoint. */
export const jointIndex = (name: JointName): number => JOINTS.indexOf(name);

/** A keypoint as people read it: "left_hip" becomes "left hip". */
export function jointWords(name: JointName): string {
  return name.replace('_', ' ');
}

/** Left and right share a constant; these are the nine groups, each with its keypoints. */
export const JOINT_GROUPS: readonly { group: string; joints: readonly JointName[] }[] = [
  { group: 'nose', joints: ['nose'] },
  { group: 'eye', joints: ['left_eye', 'right_eye'] },
  { group: 'ear', joints: ['left_ear', 'right_ear'] },
  { group: 'shoulder', joints: ['left_shoulder', 'right_shoulder'] },
  { group: 'elbow', joints: ['left_elbow', 'right_elbow'] },
  { group: 'wrist', joints: ['left_wrist', 'right_wrist'] },
  { group: 'hip', joints: ['left_hip', 'right_hip'] },
  { group: 'knee', joints: ['left_knee', 'right_knee'] },
  { group: 'ankle', joints: ['left_ankle', 'right_ankle'] },
];

/** The COCO skeleton's limbs (pycocotools' `skeleton` of the person category, 0-based). */
export const LIMBS: readonly (readonly [number, number])[] = [
  [15, 13],
  [13, 11],
  [16, 14],
  [14, 12],
  [11, 12],
  [5, 11],
  [6, 12],
  [5, 6],
  [5, 7],
  [6, 8],
  [7, 9],
  [8, 10],
  [1, 2],
  [0, 1],
  [0, 2],
  [1, 3],
  [2, 4],
  [3, 5],
  [4, 6],
];

/** Template height: head top at y = 0, soles at y = TEMPLATE_HEIGHT; x = 0 is the body's midline. */
export const TEMPLATE_HEIGHT = 400;

/**
 * Keypoints of the template, facing the viewer (so the person's left is on
 * the image's right, x > 0), in COCO order.
 */
export const TEMPLATE_JOINTS: readonly Point[] = [
  [0, 33],
  [9, 24],
  [-9, 24],
  [20, 28],
  [-20, 28],
  [47, 76],
  [-47, 76],
  [57, 145],
  [-57, 145],
  [62, 205],
  [-62, 205],
  [28, 212],
  [-28, 212],
  [28, 300],
  [-28, 300],
  [26, 385],
  [-26, 385],
];

/** The outline of the template's right half (x >= 0), from the head top down to the crotch. */
const HALF_OUTLINE: readonly Point[] = [
  [0, 0],
  [11, 2],
  [19, 8],
  [24, 18],
  [25, 30],
  [22, 41],
  [17, 49],
  [11, 54],
  [11, 62],
  [25, 67],
  [45, 71],
  [56, 79],
  [63, 100],
  [67, 145],
  [72, 204],
  [71, 222],
  [62, 227],
  [53, 213],
  [48, 150],
  [44, 108],
  [38, 108],
  [36, 160],
  [40, 212],
  [44, 240],
  [43, 300],
  [38, 350],
  [36, 386],
  [41, 400],
  [13, 400],
  [16, 386],
  [16, 300],
  [9, 240],
  [0, 234],
];

/** The template's silhouette: the half outline and its mirror image, one closed polygon. */
export const TEMPLATE_SILHOUETTE: readonly Point[] = [
  ...HALF_OUTLINE,
  ...HALF_OUTLINE.slice(1, -1)
    .reverse()
    .map(([x, y]) => [-x, y] as const),
];

/** The template's bottom centre, between the soles: the anchor a person shrinks about. */
export const TEMPLATE_FEET: Point = [0, TEMPLATE_HEIGHT];
