import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oks } from './oks';
import { oksRingRadius } from './oksRingRadius';
import { COCO_KEYPOINT_NAMES, COCO_SIGMAS } from '../detection/coco/cocoKeypoints';
import { oksTerms, pckTerms, referenceLength, ringRadii } from './poseTerms';

const K = COCO_KEYPOINT_NAMES.length;
const HIP = COCO_KEYPOINT_NAMES.indexOf('left_hip');
const EYE = COCO_KEYPOINT_NAMES.indexOf('left_eye');

/** A pose with keypoint i at (10 i, 20 i), all labelled. */
const gtPoints = Array.from({ length: K }, (_, i) => [10 * i, 20 * i] as const);
const gt = (area: number, v = 2) => ({
  keypoints: gtPoints.flatMap(([x, y]) => [x, y, v]),
  area,
  bbox: [0, 0, 160, 320] as const,
});
const moved = (i: number, dx: number, dy: number) =>
  gtPoints.flatMap(([x, y], j) => (j === i ? [x + dx, y + dy, 1] : [x, y, 1]));

describe('oksTerms', () => {
  it('gives the OKS of the metrics package with each distance and k_i = 2 sigma_i', () => {
    const dt = { keypoints: moved(HIP, 3, 4) };
    const r = oksTerms(gt(900), dt);
    expect(r.oks).toBe(oks(gt(900), dt, COCO_SIGMAS));
    expect(r.distance[HIP]).toBe(5);
    expect(r.distance[EYE]).toBe(0);
    expect(r.k[HIP]).toBeCloseTo(0.214, 15);
    expect(r.s).toBe(30);
    expect(r.counted).toBe(K);
    // hand-worked: exp(-25 / (2 * 900 * 0.214^2)) for the hip, 1 for the others
    const hip = Math.exp(-25 / (2 * (900 + Number.EPSILON) * 0.214 ** 2));
    expect(r.similarity[HIP]).toBeCloseTo(hip, 12);
    expect(r.oks).toBeCloseTo((K - 1 + hip) / K, 12);
  });

  it('leaves an unlabelled keypoint out of OKS but still reports its distance', () => {
    const g = gt(900);
    g.keypoints[3 * HIP + 2] = 0;
    const r = oksTerms(g, { keypoints: moved(HIP, 30, 40) });
    expect(r.oks).toBe(1);
    expect(r.counted).toBe(K - 1);
    expect(r.similarity[HIP]).toBeNull();
    expect(r.distance[HIP]).toBe(50);
  });

  it('costs less OKS for a hip moved by d than for an eye moved by d, at any area', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 50, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (d, area, angle) => {
          const dx = d * Math.cos(angle);
          const dy = d * Math.sin(angle);
          const hip = oksTerms(gt(area), { keypoints: moved(HIP, dx, dy) }).oks;
          const eye = oksTerms(gt(area), { keypoints: moved(EYE, dx, dy) }).oks;
          expect(hip).toBeGreaterThanOrEqual(eye);
          // strictly less, unless both terms have underflowed to 0
          if (eye < 1 - 1e-12 && hip - (K - 1) / K > 1e-12) expect(hip).toBeGreaterThan(eye);
        },
      ),
    );
  });
});

describe('ringRadii', () => {
  it('gives oksRingRadius for every keypoint and similarity, the hip ring wider than the eye ring', () => {
    const r = ringRadii(30000, [0.75, 0.5]);
    expect(r.radius).toHaveLength(K);
    r.radius.forEach((row, i) => {
      expect(row[0]).toBe(oksRingRadius(0.75, 30000, COCO_SIGMAS[i]!));
      expect(row[1]).toBe(oksRingRadius(0.5, 30000, COCO_SIGMAS[i]!));
    });
    expect(r.radius[HIP]![1]!).toBeGreaterThan(r.radius[EYE]![1]!);
    // hand-worked: 2 * 0.025 * sqrt(2 ln 2 * 30000) = 10.196...
    expect(r.radius[EYE]![1]).toBeCloseTo(0.05 * Math.sqrt(2 * Math.log(2) * (30000 + Number.EPSILON)), 12);
  });

  it('shrinks in proportion to the linear size of the object', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1, noNaN: true }), (f) => {
        const big = ringRadii(30000, [0.5]).radius;
        const small = ringRadii(30000 * f * f, [0.5]).radius;
        big.forEach((row, i) => expect(small[i]![0]!).toBeCloseTo(f * row[0]!, 9));
      }),
    );
  });

  it('refuses an empty list of similarities', () => {
    expect(() => ringRadii(100, [])).toThrow(/^similarities: /);
  });
});

describe('pckTerms', () => {
  const pts = gtPoints.map((p) => [...p]);
  it('measures the torso from the left shoulder to the right hip and the head as the ear distance', () => {
    // left_shoulder = 5 -> (50, 100), right_hip = 12 -> (120, 240); left_ear 3 -> (30, 60), right_ear 4 -> (40, 80)
    expect(referenceLength(pts, 'torso')).toBeCloseTo(Math.hypot(70, 140), 12);
    expect(referenceLength(pts, 'head')).toBeCloseTo(Math.hypot(10, 20), 12);
  });

  it('counts a joint correct only while its distance is below alpha times the reference', () => {
    const head = Math.hypot(10, 20);
    const thr = 0.5 * head; // 11.18 px
    const at = (d: number) =>
      pckTerms(
        pts.map((p, i) => (i === HIP ? [p[0]! + d, p[1]!] : p)),
        pts,
        'head',
        0.5,
      );
    expect(at(11).pck).toBe(1);
    expect(at(12).pck).toBeCloseTo((K - 1) / K, 15);
    expect(at(12).correct[HIP]).toBe(false);
    expect(at(11).threshold).toBeCloseTo(thr, 12);
    expect(at(11).ref_distance).toBeCloseTo(head, 12);
  });

  it('refuses a pose without 17 points', () => {
    expect(() => pckTerms([[0, 0]], [[0, 0]], 'torso', 0.2)).toThrow(/^gt: /);
  });
});
