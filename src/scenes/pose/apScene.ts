/**
 * The keypoint-AP figure's scene: five people of different sizes in a
 * 640 x 480 image, and six scored predictions (one per person, plus a
 * duplicate on person 2). Each prediction is its person's ground truth plus
 * a fixed per-joint wobble (scaled with the person) plus an offset the
 * reader drags.
 */
import { makePerson, IMAGE, IMAGE_REGION, type Person } from './scene';
import type { Point } from './geometry';
import { NUM_JOINTS, TEMPLATE_HEIGHT } from './skeleton';

/** The image of the AP figure (the same size as the paradox's). */
export const AP_IMAGE = IMAGE;

/** A person of the AP scene placed by the bottom centre of their feet and their scale. */
function standing(n: number, feetX: number, feetY: number, scale: number): Person {
  return makePerson(`person-${n}`, { x: feetX, y: feetY - scale * TEMPLATE_HEIGHT, scale }, IMAGE_REGION);
}

/** The five people, largest first (areas about 24,300, 10,800, 5,300, 2,700 and 1,200 px^2). */
export const AP_PEOPLE: readonly Person[] = [
  standing(1, 95, 430, 0.9),
  standing(2, 225, 420, 0.6),
  standing(3, 335, 400, 0.42),
  standing(4, 430, 380, 0.3),
  standing(5, 520, 360, 0.2),
];

/** A per-joint wobble in template pixels (a person 400 px tall), as a model's small misses. */
const WOBBLE: readonly Point[] = [
  [2, -3],
  [-3, 2],
  [3, 3],
  [-4, -2],
  [4, -4],
  [-5, 4],
  [6, 2],
  [-7, -5],
  [5, 7],
  [-8, 6],
  [9, -6],
  [-6, -8],
  [7, 5],
  [-9, 7],
  [8, -9],
  [-7, 10],
  [10, 8],
];

/** One prediction of the AP scene: which person it was made for, its wobble factor and its defaults. */
export interface ApPrediction {
  /** Index into AP_PEOPLE. */
  person: number;
  /** How strongly the wobble applies (1 = as listed, in template pixels). */
  wobble: number;
  offset: Point;
  score: number;
}

/** The six predictions with their default offsets and scores. */
export const AP_PREDICTIONS: readonly ApPrediction[] = [
  { person: 0, wobble: 1, offset: [2, 1], score: 0.95 },
  { person: 1, wobble: 1, offset: [4, -3], score: 0.9 },
  { person: 1, wobble: 2, offset: [-6, 4], score: 0.8 },
  { person: 2, wobble: 1, offset: [3, 3], score: 0.75 },
  { person: 3, wobble: 1, offset: [3, -3], score: 0.6 },
  { person: 4, wobble: 1, offset: [3, 2], score: 0.5 },
];

/** The largest offset the reader may drag a prediction to, in pixels along each axis. */
export const MAX_OFFSET = 60;

/**
 * The predicted keypoints of prediction `p` at `offset`: ground truth +
 * round(scale * wobble * WOBBLE_i) + offset, whole pixels.
 */
export function predictedJoints(p: ApPrediction, offset: Point): Point[] {
  const person = AP_PEOPLE[p.person]!;
  const s = person.placement.scale * p.wobble;
  return person.gt.map((g, i) => {
    const w = WOBBLE[i % NUM_JOINTS]!;
    return [g[0] + Math.round(s * w[0]) + offset[0], g[1] + Math.round(s * w[1]) + offset[1]] as const;
  });
}
