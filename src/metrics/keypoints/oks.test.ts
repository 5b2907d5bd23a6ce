import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oks, oksDetails } from './oks';
import { SPACING_1 as EPS } from '../spacing';
import { oksRingRadius } from './oksRingRadius';
import { COCO_SIGMAS } from '../detection/coco/cocoKeypoints';
import type { BoxXywh } from '../types';

const gtPose = (kp: number[], area = 1, bbox: BoxXywh = [0, 0, 10, 10]) => ({ keypoints: kp, area, bbox });

describe('oks', () => {
  it('matches a hand-worked single keypoint', () => {
    // sigma 0.5: vars = 1; area 1; distance 1 -> e = 1 / 1 / (1 + eps) / 2
    expect(oks(gtPose([0, 0, 2]), { keypoints: [1, 0, 1] }, [0.5])).toBeCloseTo(
      Math.exp(-0.5 / (1 + EPS)),
      15,
    );
  });

  it('averages only labelled gt keypoints', () => {
    const r = oksDetails(gtPose([0, 0, 1, 5, 5, 0]), { keypoints: [0, 0, 1, 500, 500, 1] }, [0.5, 0.5]);
    expect(r.oks).toBe(1);
    expect(r.counted).toBe(1);
    expect(r.similarity).toEqual([1, null]);
  });

  it('with no labelled gt keypoint, measures distances to the box enlarged by its size on each side', () => {
    const unlabelled = [0, 0, 0, 0, 0, 0];
    // box [0, 0, 10, 10] -> [-10, 20] x [-10, 20]
    const inside = oksDetails(gtPose(unlabelled, 100), { keypoints: [-9, 19, 1, 15, -5, 1] }, [0.1, 0.1]);
    expect(inside.oks).toBe(1);
    expect(inside.counted).toBe(2);
    const outside = oks(gtPose(unlabelled, 100), { keypoints: [25, 0, 1, 0, -13, 1] }, [0.1, 0.1]);
    const vars = 0.2 * 0.2;
    const e1 = 25 / vars / (100 + EPS) / 2;
    const e2 = 9 / vars / (100 + EPS) / 2;
    expect(outside).toBeCloseTo((Math.exp(-e1) + Math.exp(-e2)) / 2, 15);
  });

  it('is 1 for identical poses, even with area 0', () => {
    const kp = [10, 20, 2, 30, 40, 1];
    expect(oks(gtPose(kp, 0), { keypoints: kp }, [0.05, 0.05])).toBe(1);
  });

  it('refuses malformed poses, sigmas, areas and boxes, naming the field', () => {
    expect(() => oks(gtPose([0, 0, 2, 1]), { keypoints: [0, 0, 1] }, [0.1])).toThrow(/^gt\.keypoints: /);
    expect(() => oks(gtPose([0, 0, 2]), { keypoints: [0, 0] }, [0.1])).toThrow(/^dt\.keypoints: /);
    expect(() => oks(gtPose([0, 0, 2]), { keypoints: [0, 0, 1] }, [0])).toThrow(/^sigmas: /);
    expect(() => oks(gtPose([0, 0, 2]), { keypoints: [0, 0, 1] }, [])).toThrow(/^sigmas: /);
    expect(() => oks(gtPose([0, 0, 2], -1), { keypoints: [0, 0, 1] }, [0.1])).toThrow(/^gt\.area: /);
    expect(() => oks(gtPose([0, 0, 2], 1, [0, 0, -1, 1]), { keypoints: [0, 0, 1] }, [0.1])).toThrow(
      /^gt\.bbox: /,
    );
    expect(() => oks(gtPose([0, NaN, 2]), { keypoints: [0, 0, 1] }, [0.1])).toThrow(/^gt\.keypoints: /);
  });

  const coord = fc.double({ min: -500, max: 500, noNaN: true });
  const pose = fc.array(fc.tuple(coord, coord, fc.constantFrom(0, 1, 2)), { minLength: 17, maxLength: 17 });

  it('lies in [0, 1] and equals 1 when the prediction is a ground truth with labelled keypoints', () => {
    fc.assert(
      fc.property(pose, pose, fc.double({ min: 0, max: 1e5, noNaN: true }), (g, d, area) => {
        const gt = gtPose(g.flat(), area, [-100, -100, 200, 300]);
        const v = oks(gt, { keypoints: d.flat() }, COCO_SIGMAS);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        if (g.some((p) => p[2] > 0)) expect(oks(gt, { keypoints: g.flat() }, COCO_SIGMAS)).toBe(1);
      }),
    );
  });

  it('does not grow as every predicted keypoint moves further along its own offset', () => {
    fc.assert(
      fc.property(pose, pose, fc.double({ min: 1, max: 5, noNaN: true }), (g, d, k) => {
        const gkp = g.map((p) => [p[0], p[1], 2]).flat();
        const gt = gtPose(gkp, 5000);
        const near = d.map((p, i) => [
          g[i]![0] + (p[0] - g[i]![0]) / 10,
          g[i]![1] + (p[1] - g[i]![1]) / 10,
          1,
        ]);
        const far = near.map((p, i) => [
          g[i]![0] + k * (p[0]! - g[i]![0]),
          g[i]![1] + k * (p[1]! - g[i]![1]),
          1,
        ]);
        expect(oks(gt, { keypoints: far.flat() }, COCO_SIGMAS)).toBeLessThanOrEqual(
          oks(gt, { keypoints: near.flat() }, COCO_SIGMAS) + 1e-12,
        );
      }),
    );
  });
});

describe('oksRingRadius', () => {
  it('is 0 at similarity 1 and matches a hand-worked radius', () => {
    expect(oksRingRadius(1, 100, 0.1)).toBe(0);
    // sigma 0.5 -> k = 1; area 1; similarity exp(-0.5) -> d^2 = 2 * 0.5 * (1 + eps)
    expect(oksRingRadius(Math.exp(-0.5), 1, 0.5)).toBeCloseTo(1, 12);
  });

  it('puts a one-keypoint detection at exactly the requested similarity', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.constantFrom(...COCO_SIGMAS),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (s, area, sigma, angle) => {
          const r = oksRingRadius(s, area, sigma);
          const dt = [r * Math.cos(angle), r * Math.sin(angle), 1];
          expect(oks(gtPose([0, 0, 2], area), { keypoints: dt }, [sigma])).toBeCloseTo(s, 9);
        },
      ),
    );
  });

  it('refuses a similarity outside (0, 1], a negative area and a non-positive sigma', () => {
    expect(() => oksRingRadius(0, 1, 0.1)).toThrow(/^similarity: /);
    expect(() => oksRingRadius(1.5, 1, 0.1)).toThrow(/^similarity: /);
    expect(() => oksRingRadius(0.5, -1, 0.1)).toThrow(/^area: /);
    expect(() => oksRingRadius(0.5, 1, 0)).toThrow(/^sigma: /);
    expect(() => oksRingRadius(NaN, 1, 0.1)).toThrow(/^similarity: /);
  });
});
