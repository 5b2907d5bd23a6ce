/**
 * The visibility figure's scene: one person 240 px tall whose left hand is
 * hidden behind a crate, and a model's prediction that guesses the hidden
 * wrist badly. By default the annotator left that wrist unlabelled (v = 0).
 */
import type { Point, Region } from './geometry';
import { makePerson } from './scene';
import { jointIndex, NUM_JOINTS } from './skeleton';
import { boxXyxy } from '../../lib/geometry';

/** The frame of the visibility figure, in pixels. */
export const VIS_IMAGE = { width: 320, height: 300 } as const;

/** The whole frame as a drag region. */
export const VIS_REGION: Region = boxXyxy(0, 0, VIS_IMAGE.width - 1, VIS_IMAGE.height - 1);

/** The person: head top at (160, 30), 0.6 x 400 = 240 px tall. */
export const VIS_PERSON = makePerson('visibility-person', { x: 160, y: 30, scale: 0.6 }, VIS_REGION);

/** The crate in front of the person's left hand, [x, y, w, h]. */
export const CRATE: readonly [number, number, number, number] = [180, 132, 64, 58];

/** The joint the crate hides. */
export const HIDDEN_JOINT = jointIndex('left_wrist');

/** The model's small misses elsewhere, per joint (px). */
const MISSES: readonly Point[] = [
  [1, -1],
  [-1, 1],
  [1, 1],
  [-2, -1],
  [2, -1],
  [-2, 2],
  [3, 1],
  [-3, -2],
  [2, 3],
  [0, 0],
  [4, -3],
  [-3, -4],
  [3, 2],
  [-4, 3],
  [3, -4],
  [-3, 4],
  [4, 3],
];

/** The hidden wrist's guess: 24 px right of and 30 px below the true wrist. */
const WRIST_GUESS: Point = [24, 30];

/** The default prediction: small misses everywhere, a bad guess at the hidden wrist. */
export const VIS_DEFAULT_PREDICTION: Point[] = VIS_PERSON.gt.map((g, i) => {
  const m = i === HIDDEN_JOINT ? WRIST_GUESS : MISSES[i]!;
  return [g[0] + m[0], g[1] + m[1]] as const;
});

/** Every joint labelled except the hidden wrist. */
export const VIS_DEFAULT_LABELLED: boolean[] = Array.from(
  { length: NUM_JOINTS },
  (_, i) => i !== HIDDEN_JOINT,
);
