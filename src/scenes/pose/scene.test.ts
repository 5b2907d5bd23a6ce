import { describe, expect, it } from 'vitest';
import { shiftAll } from './geometry';
import { INSET_REGION, LARGE_PERSON, PRESET_SHIFT, SMALL_PERSON } from './scene';
import { scalePerson } from './scaling';
import {
  VIS_DEFAULT_LABELLED,
  VIS_DEFAULT_PREDICTION,
  VIS_PERSON,
  HIDDEN_JOINT,
  CRATE,
} from './visibilityScene';

const within = (p: readonly number[], r: readonly number[]) =>
  p[0]! >= r[0]! && p[0]! <= r[2]! && p[1]! >= r[1]! && p[1]! <= r[3]!;

describe('the two people of the paradox', () => {
  it('are about 400 px and 40 px tall, with silhouettes of about 30,000 and 300 px^2', () => {
    expect(LARGE_PERSON.bbox[3]).toBe(400);
    expect(SMALL_PERSON.bbox[3]).toBeCloseTo(40, 9);
    expect(LARGE_PERSON.area).toBe(30037);
    expect(SMALL_PERSON.area).toBeCloseTo(300.37, 6);
  });

  it('have whole-pixel ground truth, the small person entirely inside the inset', () => {
    for (const p of [...LARGE_PERSON.gt, ...SMALL_PERSON.gt]) expect(p.every(Number.isInteger)).toBe(true);
    for (const p of SMALL_PERSON.gt) expect(within(p, INSET_REGION)).toBe(true);
    for (const p of SMALL_PERSON.silhouette) expect(within(p, INSET_REGION)).toBe(true);
  });

  it('keep the 5 px preset inside their drag regions', () => {
    for (const person of [LARGE_PERSON, SMALL_PERSON]) {
      const shifted = shiftAll(person.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], person.region);
      shifted.forEach((p, i) => {
        expect(Math.hypot(p[0] - person.gt[i]![0], p[1] - person.gt[i]![1])).toBe(5);
      });
    }
  });
});

describe('scalePerson', () => {
  it('keeps the feet in place and scales the area by the square of the factor', () => {
    const half = scalePerson(LARGE_PERSON, 0.5);
    expect(half.area).toBeCloseTo(LARGE_PERSON.area / 4, 6);
    const bottom = Math.max(...half.silhouette.map((p) => p[1]));
    expect(bottom).toBe(450);
    expect(scalePerson(SMALL_PERSON, 1).gt).toEqual(SMALL_PERSON.gt);
  });
});

describe('the visibility scene', () => {
  it('hides the left wrist behind the crate, leaves it unlabelled and guesses it 38.4 px off', () => {
    const w = VIS_PERSON.gt[HIDDEN_JOINT]!;
    expect(
      w[0] > CRATE[0] && w[0] < CRATE[0] + CRATE[2] && w[1] > CRATE[1] && w[1] < CRATE[1] + CRATE[3],
    ).toBe(true);
    expect(VIS_DEFAULT_LABELLED.filter((l) => !l)).toHaveLength(1);
    expect(VIS_DEFAULT_LABELLED[HIDDEN_JOINT]).toBe(false);
    const g = VIS_DEFAULT_PREDICTION[HIDDEN_JOINT]!;
    expect(Math.hypot(g[0] - w[0], g[1] - w[1])).toBeCloseTo(Math.hypot(24, 30), 12);
    for (const p of VIS_DEFAULT_PREDICTION) expect(within(p, VIS_PERSON.region)).toBe(true);
  });
});
