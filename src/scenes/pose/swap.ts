/**
 * Left/right swaps of a predicted pose: what Ronchi & Perona (ICCV 2017)
 * call an "inversion", a model that finds every joint but puts the left
 * ones where the right ones are. The mirror map is built from the COCO
 * keypoint names, so it follows the annotation order whatever it is.
 */
import { JOINTS, jointIndex, type JointName } from './skeleton';
import type { Point } from './geometry';

/** The joint on the other side of the body: "left_eye" <-> "right_eye"; the nose is its own mirror. */
function mirrorName(name: JointName): JointName {
  if (name.startsWith('left_')) return name.replace('left_', 'right_') as JointName;
  if (name.startsWith('right_')) return name.replace('right_', 'left_') as JointName;
  return name;
}

/** For each keypoint index, the index of its mirror (COCO: 0, 2, 1, 4, 3, ... 16, 15). */
export const LEFT_RIGHT_MIRROR: readonly number[] = JOINTS.map((name) => jointIndex(mirrorName(name)));

/** The index of keypoint i's mirror; i itself for a keypoint without a side, or an index out of range. */
export function mirrorJoint(i: number): number {
  return LEFT_RIGHT_MIRROR[i] ?? i;
}

/** The pose with every left keypoint moved to where its right twin is, and back (an involution). */
export function swapLeftRight(points: readonly Point[]): Point[] {
  return points.map((_, i) => {
    const q = points[mirrorJoint(i)]!;
    return [q[0], q[1]] as const;
  });
}

/** The pose a figure shows: the stored prediction, swapped left for right when `swapped`. */
export function shownPose(points: readonly Point[], swapped: boolean): Point[] {
  return swapped ? swapLeftRight(points) : points.map((p) => [p[0], p[1]] as const);
}

/**
 * The stored pose after the reader moved shown joint `i` to `p`: while the
 * figure shows the swap, shown joint i is stored joint mirrorJoint(i).
 */
export function moveShownJoint(points: readonly Point[], swapped: boolean, i: number, p: Point): Point[] {
  const at = swapped ? mirrorJoint(i) : i;
  return points.map((q, j) => (j === at ? ([p[0], p[1]] as const) : q));
}
