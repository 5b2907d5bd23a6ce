import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoxXywh } from '../../lib/geometry';
import { moveBox } from '../../lib/geometry';
import { arrowStep, CORNERS, resizeBox } from './boxGeometry';

const bounds = { width: 512, height: 400 };

describe('moveBox', () => {
  it('moves by whole pixels', () => {
    expect(moveBox([10, 20, 30, 40], 5.4, -2.6, bounds)).toEqual([15, 17, 30, 40]);
  });
  it('stops at the image edges', () => {
    expect(moveBox([10, 20, 30, 40], -50, 1000, bounds)).toEqual([0, 360, 30, 40]);
    expect(moveBox([10, 20, 30, 40], 1000, -50, bounds)).toEqual([482, 0, 30, 40]);
  });
  it('always keeps a box inside the image', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 }), (dx, dy) => {
        const [x, y, w, h] = moveBox([100, 100, 50, 60], dx, dy, bounds);
        return x >= 0 && y >= 0 && x + w <= bounds.width && y + h <= bounds.height && w === 50 && h === 60;
      }),
    );
  });
});

describe('resizeBox', () => {
  const box: BoxXywh = [100, 100, 50, 60];
  it('moves only the dragged corner', () => {
    expect(resizeBox(box, 'se', 10, 5, bounds)).toEqual([100, 100, 60, 65]);
    expect(resizeBox(box, 'nw', 10, 5, bounds)).toEqual([110, 105, 40, 55]);
    expect(resizeBox(box, 'ne', 10, 5, bounds)).toEqual([100, 105, 60, 55]);
    expect(resizeBox(box, 'sw', 10, 5, bounds)).toEqual([110, 100, 40, 65]);
  });
  it('keeps a minimum size and the image bounds for any drag', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORNERS),
        fc.integer({ min: -999, max: 999 }),
        fc.integer({ min: -999, max: 999 }),
        (c, dx, dy) => {
          const [x, y, w, h] = resizeBox(box, c, dx, dy, bounds);
          return w >= 2 && h >= 2 && x >= 0 && y >= 0 && x + w <= bounds.width && y + h <= bounds.height;
        },
      ),
    );
  });
});

describe('arrowStep', () => {
  it('steps 1 pixel, 10 with Shift', () => {
    expect(arrowStep('ArrowRight', false)).toEqual([1, 0]);
    expect(arrowStep('ArrowUp', true)).toEqual([0, -10]);
    expect(arrowStep('Enter', false)).toBeNull();
  });
});
