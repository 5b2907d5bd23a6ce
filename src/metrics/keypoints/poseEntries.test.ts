import { describe, expect, it } from 'vitest';
import { keypointsEntries } from './entries';
import { entryRunner } from '../entries.test-helper';

const poseOksTerms = entryRunner(keypointsEntries, 'pose_oks_terms');
const poseRingRadii = entryRunner(keypointsEntries, 'pose_ring_radii');
const posePckTerms = entryRunner(keypointsEntries, 'pose_pck_terms');

const K = 17;
const pts = Array.from({ length: K }, (_, i) => [i, 2 * i]);

describe('pose entries of the keypoint family', () => {
  it('registers the four pose entries in the keypoint family', () => {
    expect(keypointsEntries.map((e) => e.id).slice(3)).toEqual([
      'pose_oks_terms',
      'pose_ring_radii',
      'pose_pck_terms',
      'pose_keypoint_matches',
    ]);
  });

  it('reads FORMAT-shaped args', () => {
    const kp = pts.flatMap(([x, y]) => [x!, y!, 2]);
    expect(
      poseOksTerms({ gt: { keypoints: kp, area: 100, bbox: [0, 0, 16, 32] }, dt: { keypoints: kp } }).oks,
    ).toBe(1);
    expect(poseRingRadii({ area: 100, similarities: [1] }).radius[0]).toEqual([0]);
    expect(posePckTerms({ gt: pts, pred: pts, reference: 'torso', alpha: 0.2 }).pck).toBe(1);
  });

  it('names the bad argument', () => {
    expect(() => poseOksTerms({ dt: { keypoints: [] } })).toThrow(/^gt/);
    expect(() => poseRingRadii({ area: 'x', similarities: [0.5] })).toThrow(/^area/);
    expect(() => posePckTerms({ gt: pts, pred: pts, reference: 'neck', alpha: 0.2 })).toThrow(/^reference/);
    expect(() => posePckTerms({ gt: pts, pred: pts, reference: 'head', alpha: 0.2, visible: 3 })).toThrow(
      /^visible/,
    );
  });
});
