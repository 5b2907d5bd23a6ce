/**
 * Widget states of the pose section, each with a valibot schema: predicted
 * keypoints are whole pixels inside their person's drag region, sliders
 * stay on their step grid, so a share link restores exactly what the
 * reader saw and a tampered link is refused (and reset) instead of shown.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { onGrid } from '../../lib/gridSchema';
import { poseText } from '../../i18n/pose';
import type { Point, Region } from '../../scenes/pose/geometry';
import { LARGE_PERSON, PRESET_SHIFT, SMALL_PERSON } from '../../scenes/pose/scene';
import { shiftAll } from '../../scenes/pose/geometry';
import { AP_PREDICTIONS, MAX_OFFSET } from '../../scenes/pose/apScene';
import { VIS_DEFAULT_LABELLED, VIS_DEFAULT_PREDICTION, VIS_REGION } from '../../scenes/pose/visibilityScene';
import { NUM_JOINTS } from '../../scenes/pose/skeleton';
import { boxXyxy } from '../../lib/geometry';

const int = (lo: number, hi: number) => v.pipe(v.number(), v.integer(), v.minValue(lo), v.maxValue(hi));

/** A whole-pixel point inside `region`. */
export function pointSchema(region: Region) {
  return v.pipe(
    v.strictTuple([int(region[0], region[2]), int(region[1], region[3])]),
    v.transform((a) => [a[0], a[1]] as Point),
  );
}

/** Exactly 17 whole-pixel points inside `region`. */
export function poseSchema(region: Region) {
  return v.pipe(v.array(pointSchema(region)), v.length(NUM_JOINTS));
}

/** The person scale slider, 0.25 to 1. */
export const SCALE_RANGE = { min: 0.25, max: 1, step: 0.05 } as const;
/** PCK's alpha (fraction of the torso). */
export const TORSO_ALPHA_RANGE = { min: 0.05, max: 0.5, step: 0.05 } as const;
/** PCKh's alpha (fraction of the head size). */
export const HEAD_ALPHA_RANGE = { min: 0.1, max: 1, step: 0.05 } as const;

const copy = (pts: readonly Point[]): Point[] => pts.map((p) => [p[0], p[1]] as const);

/** Every prediction of both people shifted by PRESET_SHIFT (3 px right, 4 px down: 5 px off). */
export function shiftedPoses(): { large: Point[]; small: Point[] } {
  return {
    large: shiftAll(LARGE_PERSON.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], LARGE_PERSON.region),
    small: shiftAll(SMALL_PERSON.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], SMALL_PERSON.region),
  };
}

/** Every prediction of both people exactly on its ground truth. */
export function exactPoses(): { large: Point[]; small: Point[] } {
  return { large: copy(LARGE_PERSON.gt), small: copy(SMALL_PERSON.gt) };
}

/**
 * `pose.paradox`: the predicted keypoints of both people; by default every
 * prediction is 5 px from its ground truth, the state that shows the trap.
 * `swapped` shows (and scores) both predictions with left and right
 * exchanged; links made before it existed read as not swapped.
 */
export const paradoxWidget = defineWidgetState({
  id: 'pose.paradox',
  title: poseText.paradox.title,
  schema: v.object({
    large: poseSchema(LARGE_PERSON.region),
    small: poseSchema(SMALL_PERSON.region),
    swapped: v.optional(v.boolean(), false),
  }),
  defaults: { ...shiftedPoses(), swapped: false },
});

/** `pose.rings`: the person scale. */
export const ringsWidget = defineWidgetState({
  id: 'pose.rings',
  title: poseText.rings.title,
  schema: v.object({ scale: onGrid(SCALE_RANGE.min, SCALE_RANGE.max, SCALE_RANGE.step) }),
  defaults: { scale: 1 },
});

/** The two people, as `data-subject` names them. */
export const SUBJECTS = ['large-person', 'small-person'] as const;

/** The two PCK reference lengths: the torso (PCK) and the head size (PCKh). */
export const PCK_REFERENCES = ['torso', 'head'] as const;

/** `pose.pck`: the two alphas, whose joints the table lists and which threshold the circles show. */
export const pckWidget = defineWidgetState({
  id: 'pose.pck',
  title: poseText.pck.title,
  schema: v.object({
    alphaTorso: onGrid(TORSO_ALPHA_RANGE.min, TORSO_ALPHA_RANGE.max, TORSO_ALPHA_RANGE.step),
    alphaHead: onGrid(HEAD_ALPHA_RANGE.min, HEAD_ALPHA_RANGE.max, HEAD_ALPHA_RANGE.step),
    person: v.picklist(SUBJECTS),
    circles: v.picklist(PCK_REFERENCES),
  }),
  defaults: {
    alphaTorso: 0.2,
    alphaHead: 0.5,
    person: 'small-person' as (typeof SUBJECTS)[number],
    circles: 'torso' as (typeof PCK_REFERENCES)[number],
  },
});

const offset = pointSchema(boxXyxy(-MAX_OFFSET, -MAX_OFFSET, MAX_OFFSET, MAX_OFFSET));

/** `pose.ap`: each prediction's offset (px) and score (0 to 1 in steps of 0.01). */
export const apWidget = defineWidgetState({
  id: 'pose.ap',
  title: poseText.ap.title,
  schema: v.object({
    offsets: v.pipe(v.array(offset), v.length(AP_PREDICTIONS.length)),
    scores: v.pipe(v.array(onGrid(0, 1, 0.01)), v.length(AP_PREDICTIONS.length)),
  }),
  defaults: {
    offsets: AP_PREDICTIONS.map((p) => [p.offset[0], p.offset[1]] as Point),
    scores: AP_PREDICTIONS.map((p) => p.score),
  },
});

/** `pose.visibility`: which joints are labelled, and the prediction. */
export const visibilityWidget = defineWidgetState({
  id: 'pose.visibility',
  title: poseText.visibility.title,
  schema: v.object({
    labelled: v.pipe(v.array(v.boolean()), v.length(NUM_JOINTS)),
    pred: poseSchema(VIS_REGION),
  }),
  defaults: { labelled: [...VIS_DEFAULT_LABELLED], pred: copy(VIS_DEFAULT_PREDICTION) },
});
