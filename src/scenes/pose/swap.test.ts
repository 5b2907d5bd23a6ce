import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oks } from '../../metrics/keypoints/oks';
import { COCO_SIGMAS } from '../../metrics/detection/coco/cocoKeypoints';
import type { BoxXywh } from '../../metrics/types';
import type { Point } from './geometry';
import { JOINTS, NUM_JOINTS } from './skeleton';
import { LARGE_PERSON, SMALL_PERSON, type Person } from './scene';
import { oksArgs } from './args';
import { LEFT_RIGHT_MIRROR, mirrorJoint, moveShownJoint, shownPose, swapLeftRight } from './swap';

const point = fc.tuple(
  fc.integer({ min: 0, max: 639 }),
  fc.integer({ min: 0, max: 479 }),
) as fc.Arbitrary<Point>;
const pose = fc.array(point, { minLength: NUM_JOINTS, maxLength: NUM_JOINTS });

/** OKS of `pred` against `person`'s ground truth (or `gt`), through the metrics package. */
function oksOf(person: Person, pred: readonly Point[], gt: readonly Point[] = person.gt): number {
  const a = oksArgs({ ...person, gt: [...gt] }, pred);
  return oks({ ...a.gt, bbox: a.gt.bbox as unknown as BoxXywh }, a.dt, COCO_SIGMAS);
}

describe('left/right swap', () => {
  it('pairs every left joint with the right joint of the same name and keeps the nose', () => {
    expect(LEFT_RIGHT_MIRROR).toEqual([0, 2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11, 14, 13, 16, 15]);
    JOINTS.forEach((name, i) => {
      const other = JOINTS[mirrorJoint(i)]!;
      if (name === 'nose') expect(other).toBe('nose');
      else expect(other.replace(/^(left|right)_/, '')).toBe(name.replace(/^(left|right)_/, ''));
      if (name !== 'nose') expect(other).not.toBe(name);
    });
    expect(mirrorJoint(99)).toBe(99);
  });

  it('is an involution: swapping twice gives the pose back', () => {
    fc.assert(
      fc.property(pose, (p) => {
        expect(swapLeftRight(swapLeftRight(p))).toEqual(p);
      }),
    );
  });

  it('moves points without changing them: the swapped pose holds the same points', () => {
    fc.assert(
      fc.property(pose, (p) => {
        const key = (q: Point) => `${q[0]},${q[1]}`;
        expect(swapLeftRight(p).map(key).sort()).toEqual(p.map(key).sort());
      }),
    );
  });

  it('leaves a pose whose left and right joints coincide, and its OKS, unchanged', () => {
    fc.assert(
      fc.property(pose, (p) => {
        const sym = p.map((_, i) => p[Math.min(i, mirrorJoint(i))]!);
        expect(swapLeftRight(sym)).toEqual(sym);
        expect(oksOf(LARGE_PERSON, swapLeftRight(sym))).toBe(oksOf(LARGE_PERSON, sym));
      }),
    );
  });

  it('does not change OKS when ground truth and prediction are both swapped (left and right share σ)', () => {
    fc.assert(
      fc.property(pose, (p) => {
        const a = oksOf(LARGE_PERSON, p);
        const b = oksOf(LARGE_PERSON, swapLeftRight(p), swapLeftRight(LARGE_PERSON.gt));
        expect(b).toBeCloseTo(a, 12);
      }),
    );
  });

  it('costs OKS on a prediction that sits on its ground truth: every pair counts as two misses', () => {
    for (const person of [LARGE_PERSON, SMALL_PERSON]) {
      expect(oksOf(person, person.gt)).toBe(1);
      const swapped = oksOf(person, swapLeftRight(person.gt));
      expect(swapped).toBeLessThan(0.5);
      // the nose is the one joint without a side: it keeps its term of 1
      expect(swapped).toBeGreaterThanOrEqual(1 / NUM_JOINTS);
    }
  });

  it('shows the stored pose, or its swap, and routes a moved joint to the stored twin', () => {
    fc.assert(
      fc.property(pose, fc.integer({ min: 0, max: NUM_JOINTS - 1 }), point, fc.boolean(), (p, i, q, sw) => {
        expect(shownPose(p, sw)).toEqual(sw ? swapLeftRight(p) : p);
        const moved = moveShownJoint(p, sw, i, q);
        // what the figure then shows has joint i at q, the rest as before
        const shown = shownPose(moved, sw);
        expect(shown[i]).toEqual(q);
        shown.forEach((s, j) => {
          if (j !== i) expect(s).toEqual(shownPose(p, sw)[j]);
        });
      }),
    );
  });
});
