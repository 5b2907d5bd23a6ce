import { describe, expect, it } from 'vitest';
import { COCO_KEYPOINT_NAMES, COCO_SIGMAS } from './cocoKeypoints';

describe('COCO keypoint constants', () => {
  it('lists 17 keypoints with 17 sigmas, built as pycocotools builds them', () => {
    expect(COCO_KEYPOINT_NAMES).toHaveLength(17);
    expect(COCO_SIGMAS).toHaveLength(17);
    const decimals = [
      0.026, 0.025, 0.025, 0.035, 0.035, 0.079, 0.079, 0.072, 0.072, 0.062, 0.062, 0.107, 0.107, 0.087, 0.087,
      0.089, 0.089,
    ];
    COCO_SIGMAS.forEach((s, i) => expect(s).toBeCloseTo(decimals[i]!, 15));
    expect(COCO_SIGMAS[0]).toBe(0.26 / 10);
  });

  it('gives left and right joints the same sigma', () => {
    COCO_KEYPOINT_NAMES.forEach((name, i) => {
      if (name.startsWith('left_')) {
        const j = COCO_KEYPOINT_NAMES.indexOf(
          name.replace('left_', 'right_') as (typeof COCO_KEYPOINT_NAMES)[number],
        );
        expect(j).toBe(i + 1);
        expect(COCO_SIGMAS[j]).toBe(COCO_SIGMAS[i]);
      }
    });
  });
});
