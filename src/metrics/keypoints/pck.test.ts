import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pck, pckDetails } from './pck';

describe('pck', () => {
  it('counts distances strictly below alpha * ref_distance', () => {
    // distances 5 (= 0.5 * 10, not counted) and sqrt(2) (counted)
    const r = pckDetails(
      [
        [3, 4],
        [0, 0],
      ],
      [
        [0, 0],
        [1, 1],
      ],
      10,
      0.5,
    );
    expect(r.pck).toBe(0.5);
    expect(r.correct).toEqual([false, true]);
    expect(r.distance[0]).toBe(5);
  });

  it('skips invisible keypoints and is null when none is visible', () => {
    const pred = [
      [0, 0],
      [100, 100],
      [1, 0],
    ];
    const gt = [
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    expect(pck(pred, gt, 10, 0.2, [true, false, true])).toBe(1);
    expect(pck(pred, gt, 10, 0.2, [false, false, false])).toBeNull();
    expect(pck([], [], 10, 0.2)).toBeNull();
    expect(pckDetails(pred, gt, 10, 0.2, [true, false, true]).distance).toEqual([0, null, 1]);
  });

  it('refuses mismatched lengths, malformed points and bad thresholds, naming the argument', () => {
    expect(() =>
      pck(
        [[0, 0]],
        [
          [0, 0],
          [1, 1],
        ],
        10,
        0.5,
      ),
    ).toThrow(/pred, gt/);
    expect(() => pck([[0, 0, 0]], [[0, 0]], 10, 0.5)).toThrow(/^pred: /);
    expect(() => pck([[0, 0]], [[0, NaN]], 10, 0.5)).toThrow(/gt\[0\]/);
    expect(() => pck([[0, 0]], [[0, 0]], 0, 0.5)).toThrow(/^ref_distance: /);
    expect(() => pck([[0, 0]], [[0, 0]], 10, -0.5)).toThrow(/^alpha: /);
    expect(() => pck([[0, 0]], [[0, 0]], 10, 0.5, [true, true])).toThrow(/visible, gt/);
  });

  const pts = (n: number) =>
    fc.array(
      fc.tuple(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
      ),
      {
        minLength: n,
        maxLength: n,
      },
    );
  const poses = fc.integer({ min: 1, max: 17 }).chain((n) => fc.tuple(pts(n), pts(n)));

  it('lies in [0, 1], is 1 for a perfect prediction and never drops as alpha grows', () => {
    fc.assert(
      fc.property(
        poses,
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([pred, gt], ref, a, b) => {
          const lo = pck(pred, gt, ref, Math.min(a, b))!;
          const hi = pck(pred, gt, ref, Math.max(a, b))!;
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(hi).toBeGreaterThanOrEqual(lo);
          if (a > 0) expect(pck(gt, gt, ref, a)).toBe(1);
        },
      ),
    );
  });
});
