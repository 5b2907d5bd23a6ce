import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  extentBox,
  movePoint,
  place,
  placeRounded,
  replacePoint,
  scaleAbout,
  shiftAll,
  type Point,
} from './geometry';
import { boxXyxy } from '../../lib/geometry';

const coord = fc.integer({ min: -500, max: 500 });

describe('extentBox', () => {
  it('is the tight box of the points, and empty for none', () => {
    expect(
      extentBox([
        [3, 4],
        [-1, 10],
        [5, 6],
      ]),
    ).toEqual([-1, 4, 6, 6]);
    expect(extentBox([])).toEqual([0, 0, 0, 0]);
  });
});

describe('place, placeRounded and scaleAbout', () => {
  it('scales about the template origin, then translates', () => {
    expect(place([10, 20], { x: 100, y: 50, scale: 0.5 })).toEqual([105, 60]);
    expect(placeRounded([[13, 27]], { x: 0, y: 0, scale: 0.1 })).toEqual([[1, 3]]);
  });

  it('keeps the anchor fixed and scales distances from it', () => {
    const pts: Point[] = [
      [0, 0],
      [10, 20],
    ];
    expect(scaleAbout(pts, [10, 20], 0.5)).toEqual([
      [5, 10],
      [10, 20],
    ]);
    fc.assert(
      fc.property(
        fc.tuple(coord, coord),
        fc.tuple(coord, coord),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (p, a, f) => {
          const [q] = scaleAbout([p], a, f);
          expect(Math.hypot(q![0] - a[0], q![1] - a[1])).toBeCloseTo(
            f * Math.hypot(p[0] - a[0], p[1] - a[1]),
            6,
          );
        },
      ),
    );
  });
});

describe('movePoint and shiftAll', () => {
  const region = boxXyxy(0, 0, 100, 50);
  it('rounds to whole pixels and keeps the point inside the region, edges included', () => {
    expect(movePoint([10, 10], 2.4, -3.6, region)).toEqual([12, 6]);
    expect(movePoint([10, 10], -50, 100, region)).toEqual([0, 50]);
    expect(movePoint([100, 0], 1, -1, region)).toEqual([100, 0]);
  });

  it('puts every point the same 5 px from where it was, and does not accumulate when applied to the same start', () => {
    const gt: Point[] = [
      [10, 10],
      [20, 30],
      [50, 40],
    ];
    const once = shiftAll(gt, 3, 4, region);
    expect(once).toEqual([
      [13, 14],
      [23, 34],
      [53, 44],
    ]);
    once.forEach((p, i) => expect(Math.hypot(p[0] - gt[i]![0], p[1] - gt[i]![1])).toBe(5));
    expect(shiftAll(gt, 3, 4, region)).toEqual(once);
  });

  it('always lands inside the region on whole pixels', () => {
    fc.assert(
      fc.property(
        fc.tuple(coord, coord),
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (p, dx, dy) => {
          const [x, y] = movePoint(p, dx, dy, region);
          expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
          expect(x >= 0 && x <= 100 && y >= 0 && y <= 50).toBe(true);
        },
      ),
    );
  });
});

describe('replacePoint', () => {
  it('replaces one point and leaves the input untouched', () => {
    const pts: Point[] = [
      [1, 1],
      [2, 2],
    ];
    expect(replacePoint(pts, 1, [5, 6])).toEqual([
      [1, 1],
      [5, 6],
    ]);
    expect(pts).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});
