import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boxTuple,
  boxXyxy,
  imagePerScreen,
  intersectBoxes,
  moveBox,
  overlapAreas,
  screenPx,
  screenToImagePx,
  toXywh,
  toXyxy,
  type BoxXywh,
} from './geometry';
import { boxArbitrary } from './geometry.arbitraries.test-helper';

const box = boxArbitrary({ maxX: 100, maxY: 100, minSide: 0, maxSide: 60 });

describe('xywh and xyxy', () => {
  it('convert both ways', () => {
    expect(Array.from(toXyxy([10, 20, 30, 40]))).toEqual([10, 20, 40, 60]);
    expect(Array.from(toXywh(boxXyxy(10, 20, 40, 60)))).toEqual([10, 20, 30, 40]);
  });

  it('round-trips any box', () => {
    fc.assert(
      fc.property(box, (b) => {
        expect(Array.from(toXywh(toXyxy(b)))).toEqual(Array.from(b));
      }),
    );
  });

  it('will not take an xyxy box where an xywh box is expected', () => {
    const takesXywh = (b: BoxXywh) => b[2];
    // @ts-expect-error a BoxXyxy is not a BoxXywh
    expect(takesXywh(boxXyxy(0, 0, 4, 4))).toBe(4);
  });
});

describe('boxTuple', () => {
  it('copies a box into a fresh 4-tuple', () => {
    const b: BoxXywh = [1, 2, 3, 4];
    const t = boxTuple(b);
    expect(t).toEqual([1, 2, 3, 4]);
    expect(t).not.toBe(b);
  });
});

describe('intersectBoxes and overlapAreas', () => {
  it('gives the overlap of two boxes, null when they only touch', () => {
    expect(intersectBoxes([0, 0, 10, 10], [5, 5, 10, 10])).toEqual([5, 5, 5, 5]);
    expect(intersectBoxes([0, 0, 10, 10], [10, 0, 5, 5])).toBeNull();
    expect(overlapAreas([0, 0, 10, 10], [5, 5, 10, 10])).toEqual({ intersection: 25, union: 175 });
    expect(overlapAreas([0, 0, 2, 2], [5, 5, 2, 2])).toEqual({ intersection: 0, union: 8 });
  });

  it('is symmetric and the intersection never exceeds either box', () => {
    fc.assert(
      fc.property(box, box, (a, b) => {
        const ab = overlapAreas(a, b);
        expect(overlapAreas(b, a)).toEqual(ab);
        expect(ab.intersection).toBeLessThanOrEqual(Math.min(a[2] * a[3], b[2] * b[3]));
        expect(ab.union).toBeGreaterThanOrEqual(Math.max(a[2] * a[3], b[2] * b[3]));
      }),
    );
  });
});

describe('moveBox', () => {
  const size = { width: 100, height: 80 };

  it('moves by whole pixels and keeps the box inside the image', () => {
    expect(moveBox([10, 10, 20, 20], 5.4, -3.6, size)).toEqual([15, 6, 20, 20]);
    expect(moveBox([10, 10, 20, 20], -50, 0, size)).toEqual([0, 10, 20, 20]);
    expect(moveBox([10, 10, 20, 20], 500, 500, size)).toEqual([80, 60, 20, 20]);
  });

  it('pins a box larger than the image to the top-left corner', () => {
    expect(moveBox([0, 0, 150, 20], 10, 0, size)).toEqual([0, 0, 150, 20]);
  });

  it('keeps the size and stays inside for any move', () => {
    fc.assert(
      fc.property(
        box,
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (b, dx, dy) => {
          const [x, y, w, h] = moveBox(b, dx, dy, size);
          expect([w, h]).toEqual([b[2], b[3]]);
          expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeGreaterThanOrEqual(0);
          if (w <= size.width) expect(x + w).toBeLessThanOrEqual(size.width);
          if (h <= size.height) expect(y + h).toBeLessThanOrEqual(size.height);
        },
      ),
    );
  });
});

describe('screen to image pixels', () => {
  it('scales by image width over drawn width', () => {
    expect(imagePerScreen(320, 640)).toBe(0.5);
    expect(imagePerScreen(320, 0)).toBe(0);
    expect(imagePerScreen(320, 0, 1)).toBe(1);
    expect(screenToImagePx(screenPx(10), imagePerScreen(320, 640))).toBe(5);
  });
});
