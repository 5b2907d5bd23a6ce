import { describe, expect, it } from 'vitest';
import { cocoEval } from '../detection/coco/cocoEval';
import { COCO_KEYPOINT_NAMES } from '../detection/coco/cocoKeypoints';
import { oks } from './oks';
import { COCO_SIGMAS } from '../detection/coco/cocoKeypoints';
import { keypointMatches } from './keypointMatches';

const K = COCO_KEYPOINT_NAMES.length;
const pose = (x0: number, y0: number) =>
  Array.from({ length: K }, (_, i) => [x0 + 3 * i, y0 + 5 * i, 2]).flat();
const shifted = (kp: number[], d: number) => kp.map((v, i) => (i % 3 === 2 ? 1 : v + (i % 3 === 0 ? d : 0)));

const A = pose(10, 10);
const B = pose(200, 10);
const gt = {
  images: [{ id: 1 }],
  categories: [{ id: 1 }],
  annotations: [
    { id: 1, image_id: 1, category_id: 1, keypoints: A, area: 4000, bbox: [10, 10, 48, 80] },
    { id: 2, image_id: 1, category_id: 1, keypoints: B, area: 4000, bbox: [200, 10, 48, 80] },
  ],
};
const dt = [
  { image_id: 1, category_id: 1, keypoints: shifted(A, 1), score: 0.9 },
  { image_id: 1, category_id: 1, keypoints: shifted(B, 8), score: 0.8 },
  { image_id: 1, category_id: 1, keypoints: shifted(A, 2), score: 0.7 },
];

describe('keypointMatches', () => {
  const r = keypointMatches(gt, dt);

  it('gives the per-threshold AP of cocoEval', () => {
    const ref = cocoEval({ iouType: 'keypoints', gt, dt });
    expect(r.per_threshold_ap).toEqual(ref.perThresholdAp);
    expect(r.thresholds).toHaveLength(10);
  });

  it('lists detections by score with the OKS of the metrics package and their verdicts', () => {
    expect(r.rows.map((row) => row.index)).toEqual([0, 1, 2]);
    const oksB = oks(
      { keypoints: B, area: 4000, bbox: [200, 10, 48, 80] },
      { keypoints: shifted(B, 8) },
      COCO_SIGMAS,
    );
    expect(r.rows[1]!.oks[1]).toBeCloseTo(oksB, 12);
    expect(r.rows[1]!.oks[0]).toBeLessThan(1e-6);
    // the first detection matches person A at every threshold
    expect(r.rows[0]!.outcome.every((o) => o === 'tp')).toBe(true);
    expect(r.rows[0]!.matched.every((m) => m === 0)).toBe(true);
    // the third is a duplicate on A: a false positive at every threshold, though its OKS is high
    expect(r.rows[2]!.oks[0]!).toBeGreaterThan(0.9);
    expect(r.rows[2]!.outcome.every((o) => o === 'fp')).toBe(true);
    expect(r.rows[2]!.matched.every((m) => m === null)).toBe(true);
    // the second passes the thresholds below its OKS and fails the others
    r.thresholds.forEach((t, i) => {
      expect(r.rows[1]!.outcome[i]).toBe(oksB >= t ? 'tp' : 'fp');
    });
  });
});
