import { describe, expect, it } from 'vitest';
import type { Point } from './geometry';
import { polygonArea } from '../../lib/polygonArea';
import {
  JOINTS,
  JOINT_GROUPS,
  LIMBS,
  NUM_JOINTS,
  TEMPLATE_HEIGHT,
  TEMPLATE_JOINTS,
  TEMPLATE_SILHOUETTE,
  jointIndex,
  jointWords,
} from './skeleton';

/** Even-odd point-in-polygon test (written here, independently of the app). */
function inside(p: Point, poly: readonly Point[]): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

describe('the COCO skeleton', () => {
  it('has 17 keypoints in COCO order and 19 limbs between them', () => {
    expect(NUM_JOINTS).toBe(17);
    expect(JOINTS[0]).toBe('nose');
    expect(JOINTS[16]).toBe('right_ankle');
    expect(LIMBS).toHaveLength(19);
    for (const [a, b] of LIMBS) {
      expect(a >= 0 && a < 17 && b >= 0 && b < 17 && a !== b).toBe(true);
    }
    expect(jointIndex('left_hip')).toBe(11);
    expect(jointWords('right_shoulder')).toBe('right shoulder');
  });

  it('groups every keypoint exactly once', () => {
    const all = JOINT_GROUPS.flatMap((g) => g.joints);
    expect([...all].sort()).toEqual([...JOINTS].sort());
  });
});

describe('the template person', () => {
  it('is 400 px tall with a silhouette of about 30,000 px^2', () => {
    const ys = TEMPLATE_SILHOUETTE.map((p) => p[1]);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(TEMPLATE_HEIGHT);
    expect(polygonArea(TEMPLATE_SILHOUETTE)).toBe(30037);
  });

  it('is mirror-symmetric: each left keypoint mirrors its right one', () => {
    JOINTS.forEach((name, i) => {
      if (!name.startsWith('left_')) return;
      const j = jointIndex(name.replace('left_', 'right_') as (typeof JOINTS)[number]);
      expect(TEMPLATE_JOINTS[i]).toEqual([-TEMPLATE_JOINTS[j]![0], TEMPLATE_JOINTS[j]![1]]);
      expect(TEMPLATE_JOINTS[i]![0]).toBeGreaterThan(0);
    });
  });

  it('has every keypoint inside its silhouette', () => {
    TEMPLATE_JOINTS.forEach((p, i) => expect(inside(p, TEMPLATE_SILHOUETTE), JOINTS[i]).toBe(true));
  });
});
