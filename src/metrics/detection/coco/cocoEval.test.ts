import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallBboxCoco, smallKeypointCoco } from './arbitraries.test-helper';
import { cocoEval, type CocoBboxEvalResult, type CocoKeypointsEvalResult } from './cocoEval';

type Box = [number, number, number, number];

function gtSet(
  anns: { img?: number; cat?: number; bbox: Box; area?: number; crowd?: number }[],
  images = [1],
  cats = [1],
) {
  return {
    images: images.map((id) => ({ id })),
    categories: cats.map((id) => ({ id })),
    annotations: anns.map((a, j) => ({
      id: j + 1,
      image_id: a.img ?? 1,
      category_id: a.cat ?? 1,
      bbox: a.bbox,
      area: a.area ?? a.bbox[2] * a.bbox[3],
      iscrowd: a.crowd ?? 0,
    })),
  };
}

function det(bbox: Box, score: number, img = 1, cat = 1) {
  return { image_id: img, category_id: cat, bbox, score };
}

/** Numbers within 1e-9 (a perfect detector's precision is 1 / (1 + ε) in pycocotools too), nulls equal. */
function expectNear(actual: (number | null)[], expected: (number | null)[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => {
    const e = expected[i];
    if (e === null || e === undefined) expect(v, `entry ${i}`).toBeNull();
    else expect(Math.abs((v ?? NaN) - e), `entry ${i}: ${v} vs ${e}`).toBeLessThanOrEqual(1e-9);
  });
}

const bbox = (gt: unknown, dt: unknown): CocoBboxEvalResult =>
  cocoEval({ iouType: 'bbox', gt, dt }) as CocoBboxEvalResult;

describe('cocoEval, hand-worked box cases', () => {
  it('gives AP 1 for one perfect detection, null for the area ranges without gt', () => {
    const r = bbox(gtSet([{ bbox: [10, 10, 50, 40] }]), [det([10, 10, 50, 40], 0.9)]);
    expect(r.ap).toBeCloseTo(1, 9);
    expect(r.ap50).toBeCloseTo(1, 9);
    expect(r.ap75).toBeCloseTo(1, 9);
    expect(r.ap_medium).toBeCloseTo(1, 9); // area 2000 lies in [32², 96²]
    expect(r.ap_small).toBeNull();
    expect(r.ap_large).toBeNull();
    expectNear([r.ar1, r.ar10, r.ar100, r.ar_medium], [1, 1, 1, 1]);
    expect(r.ar_small).toBeNull();
    expectNear(r.stats, [1, 1, 1, null, 1, null, 1, 1, 1, null, 1, null]);
  });

  it('gives AP 0 and AR 0 when there is no detection', () => {
    const r = bbox(gtSet([{ bbox: [10, 10, 50, 40] }]), []);
    expect(r.ap).toBe(0);
    expect(r.ar100).toBe(0);
    expect(r.ap_small).toBeNull();
  });

  it('averages the interpolated precision over 101 recall points: one hit, one miss', () => {
    // Two gts; the best detection is exact, the second hits nothing: recall 0.5 at precision 1.
    const r = bbox(gtSet([{ bbox: [0, 0, 40, 40] }, { bbox: [200, 200, 40, 40] }]), [
      det([0, 0, 40, 40], 0.9),
      det([100, 100, 40, 40], 0.8),
    ]);
    expect(r.ap).toBeCloseTo(51 / 101, 12); // recall thresholds 0, 0.01, ..., 0.50
    expect(r.ar100).toBe(0.5);
  });

  it('leaves a category without gt out of the mean (null per-category AP)', () => {
    const r = bbox(gtSet([{ bbox: [10, 10, 50, 40] }], [1], [1, 2]), [
      det([10, 10, 50, 40], 0.9),
      det([300, 300, 20, 20], 0.95, 1, 2),
    ]);
    expectNear(r.perCategoryAp, [1, null]);
    expect(r.ap).toBeCloseTo(1, 9);
  });

  it('ignores a detection inside a crowd region instead of counting it as a false positive', () => {
    const anns = (crowd: number) => [
      { bbox: [0, 0, 200, 200] as Box, crowd },
      { bbox: [300, 300, 50, 50] as Box },
    ];
    const dts = [det([10, 10, 20, 20], 0.9), det([300, 300, 50, 50], 0.5)];
    expect(bbox(gtSet(anns(1)), dts).ap).toBeCloseTo(1, 9);
    // The same box as an ordinary gt: the first detection is a false positive and that gt is missed.
    expect(bbox(gtSet(anns(0)), dts).ap).toBeCloseTo((0.5 * 51) / 101, 12);
  });

  it('lets several detections fall inside one crowd region', () => {
    const r = bbox(gtSet([{ bbox: [0, 0, 200, 200], crowd: 1 }, { bbox: [300, 300, 50, 50] }]), [
      det([10, 10, 20, 20], 0.9),
      det([50, 50, 20, 20], 0.8),
      det([300, 300, 50, 50], 0.7),
    ]);
    expect(r.ap).toBeCloseTo(1, 9);
  });

  it('counts at most maxDets detections per image for AR1 / AR10', () => {
    const r = bbox(gtSet([{ bbox: [0, 0, 40, 40] }, { bbox: [100, 100, 40, 40] }]), [
      det([0, 0, 40, 40], 0.9),
      det([100, 100, 40, 40], 0.8),
    ]);
    expect(r.ar1).toBe(0.5);
    expect(r.ar10).toBeCloseTo(1, 9);
  });

  it('breaks score ties across images by ascending image id, not by input order', () => {
    // Image with the hit first (id 1) -> AP 51/101; image with the miss first -> half of it.
    const run = (hitImage: number, missImage: number) =>
      bbox(
        gtSet(
          [
            { img: hitImage, bbox: [0, 0, 40, 40] },
            { img: missImage, bbox: [0, 0, 40, 40] },
          ],
          [1, 2],
        ),
        [det([200, 200, 40, 40], 0.5, missImage), det([0, 0, 40, 40], 0.5, hitImage)],
      ).ap;
    expect(run(1, 2)).toBeCloseTo(51 / 101, 12);
    expect(run(2, 1)).toBeCloseTo((0.5 * 51) / 101, 12);
  });

  it('gives an ignore field no effect, as pycocotools 2.0 overwrites it with iscrowd', () => {
    const gt = gtSet([{ bbox: [0, 0, 40, 40] }, { bbox: [200, 200, 40, 40] }]);
    const flagged = { ...gt, annotations: gt.annotations.map((a, i) => (i === 1 ? { ...a, ignore: 1 } : a)) };
    const dts = [det([0, 0, 40, 40], 0.9)];
    expect(bbox(flagged, dts).stats).toEqual(bbox(gt, dts).stats);
    expect(bbox(flagged, dts).ar100).toBe(0.5);
  });

  it('uses the gt area field, not w·h, for the area ranges', () => {
    const r = bbox(gtSet([{ bbox: [10, 10, 50, 40], area: 500 }]), [det([10, 10, 50, 40], 0.9)]);
    expect(r.ap_small).toBeCloseTo(1, 9);
    expect(r.ap_medium).toBeNull();
  });

  it('keeps the precision and recall tables in pycocotools layout', () => {
    const r = bbox(gtSet([{ bbox: [10, 10, 50, 40] }], [1], [1, 2]), [det([10, 10, 50, 40], 0.9)]);
    expect(r.precision.shape).toEqual([10, 101, 2, 4, 3]);
    expect(r.recall.shape).toEqual([10, 2, 4, 3]);
    expect(r.precision.data.length).toBe(10 * 101 * 2 * 4 * 3);
    expect(r.params.catIds).toEqual([1, 2]);
    expectNear(
      r.perThresholdAp,
      Array.from({ length: 10 }, () => 1),
    );
    expect(r.matches.count).toBe(1);
  });
});

describe('cocoEval, keypoints', () => {
  const K = 17;
  const kps = Array.from({ length: K }, (_, i) => [100 + 3 * i, 50 + 5 * i, 2]).flat();
  const gt = (numKeypoints: number) => ({
    images: [{ id: 1 }],
    categories: [{ id: 1 }],
    annotations: [
      {
        id: 1,
        image_id: 1,
        category_id: 1,
        bbox: [100, 50, 48, 80],
        area: 3000,
        iscrowd: 0,
        num_keypoints: numKeypoints,
        keypoints: kps,
      },
    ],
  });
  const dt = [
    { image_id: 1, category_id: 1, keypoints: kps.map((v, i) => (i % 3 === 2 ? 1 : v)), score: 0.8 },
  ];

  it('gives AP 1 for a perfect detection', () => {
    const r = cocoEval({ iouType: 'keypoints', gt: gt(17), dt }) as CocoKeypointsEvalResult;
    expect(r.ap).toBeCloseTo(1, 9);
    expect(r.ap_medium).toBeCloseTo(1, 9);
    expect(r.ap_large).toBeNull();
    expect(r.stats.length).toBe(10);
  });

  it('ignores a gt with num_keypoints 0 (no gt left: every stat null)', () => {
    const r = cocoEval({ iouType: 'keypoints', gt: gt(0), dt }) as CocoKeypointsEvalResult;
    expect(r.stats).toEqual(Array.from({ length: 10 }, () => null));
  });
});

describe('cocoEval, properties', () => {
  const inUnit = (v: number | null) => v === null || (v >= 0 && v <= 1);

  it('every stat and per-category AP is in [0, 1] or null (boxes)', () => {
    fc.assert(
      fc.property(smallBboxCoco, ({ gt, dt }) => {
        const r = bbox(gt, dt);
        expect(r.stats.every(inUnit)).toBe(true);
        expect(r.perCategoryAp.every(inUnit)).toBe(true);
        expect(r.precision.data.every((v) => v === -1 || (v >= 0 && v <= 1))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('every stat is in [0, 1] or null (keypoints)', () => {
    fc.assert(
      fc.property(smallKeypointCoco, ({ gt, dt }) => {
        const r = cocoEval({ iouType: 'keypoints', gt, dt });
        expect(r.stats.every(inUnit)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('AP is the mean of the per-threshold APs, and null exactly when no category has gt', () => {
    fc.assert(
      fc.property(smallBboxCoco, ({ gt, dt }) => {
        const r = bbox(gt, dt);
        if (r.ap === null) {
          expect(r.perThresholdAp.every((v) => v === null)).toBe(true);
          expect(gt.annotations.every((a) => a.iscrowd === 1)).toBe(true);
        } else {
          const mean = r.perThresholdAp.reduce<number>((s, v) => s + (v ?? NaN), 0) / r.perThresholdAp.length;
          expect(mean).toBeCloseTo(r.ap, 12);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of images, categories or of detections of different images', () => {
    fc.assert(
      fc.property(smallBboxCoco, fc.integer(), ({ gt, dt }, seed) => {
        const r1 = bbox(gt, dt);
        // Reverse the image and category lists, and move detections image by image (keeping each image's order).
        const byImage = [...new Set(dt.map((d) => d.image_id))].reverse();
        const dt2 = byImage.flatMap((id) => dt.filter((d) => d.image_id === id));
        const gt2 = { ...gt, images: [...gt.images].reverse(), categories: [...gt.categories].reverse() };
        const r2 = bbox(gt2, seed % 2 === 0 ? dt2 : dt);
        expect(r2.stats).toEqual(r1.stats);
      }),
      { numRuns: 100 },
    );
  });
});
