import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boxTarget,
  cornerTarget,
  growToTarget,
  hitHalfSide,
  MIN_TARGET_CSS_PX,
  nearestCentre,
  placeSpan,
} from './touchTarget';

describe('hitHalfSide', () => {
  it('keeps the drawn size while the scale is unknown', () => {
    expect(hitHalfSide(9, 0)).toBe(9);
  });

  it('is at least 22 CSS px on screen, whatever the scale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        (drawn, scale) => {
          const half = hitHalfSide(drawn, scale);
          expect((2 * half) / scale).toBeGreaterThanOrEqual(MIN_TARGET_CSS_PX);
          expect(half).toBeGreaterThanOrEqual(drawn);
        },
      ),
    );
  });

  it('does not grow a hit area that is already large enough', () => {
    expect(hitHalfSide(40, 1)).toBe(40);
  });
});

describe('growToTarget', () => {
  it('grows a 10 px span shown 1:1 to 45 px', () => {
    expect(10 + 2 * growToTarget(10, 1)).toBe(45);
  });

  it('leaves a large span or an unknown scale alone', () => {
    expect(growToTarget(200, 2)).toBe(0);
    expect(growToTarget(10, 0)).toBe(0);
  });
});

describe('nearestCentre', () => {
  const a = { left: 0, top: 0, width: 10, height: 10 }; // centre 5,5
  const b = { left: 10, top: 0, width: 10, height: 10 }; // centre 15,5
  it('picks the rectangle whose centre is nearest', () => {
    expect(nearestCentre(7, 5, [a, b])).toBe(0);
    expect(nearestCentre(12, 5, [a, b])).toBe(1);
  });

  it('gives a tie to the later (topmost) one and -1 for none', () => {
    expect(nearestCentre(10, 5, [a, b])).toBe(1);
    expect(nearestCentre(10, 5, [])).toBe(-1);
  });

  it('picks a small corner handle over the big box under it', () => {
    const box = { left: 0, top: 0, width: 200, height: 100 };
    const corner = { left: 178, top: 78, width: 44, height: 44 };
    expect(nearestCentre(190, 90, [box, corner])).toBe(1);
  });
});

describe('placeSpan, boxTarget and cornerTarget', () => {
  it('shifts a span inside the picture instead of cutting it', () => {
    expect(placeSpan(50, 20, 100)).toBe(40);
    expect(placeSpan(95, 20, 100)).toBe(80);
    expect(placeSpan(2, 20, 100)).toBe(0);
  });

  it('grows a 10 px wide box at the right edge to 45 CSS px, whole inside the picture', () => {
    const [x, y, w, h] = boxTarget([600, 195, 10, 27], { width: 640, height: 480 }, 2);
    expect(w).toBe(90);
    expect(x + w).toBeLessThanOrEqual(640);
    expect(x).toBeLessThanOrEqual(600);
    expect(h).toBe(90);
    expect(y).toBeLessThanOrEqual(195);
    expect(y + h).toBeGreaterThanOrEqual(222);
  });

  it('leaves a large box as it is', () => {
    expect(boxTarget([10, 20, 300, 200], { width: 640, height: 480 }, 1)).toEqual([10, 20, 300, 200]);
  });

  it('puts a corner hit square a quarter side outwards, still over the corner', () => {
    const [x, y, s] = cornerTarget(100, 100, 1, 1, 40, { width: 640, height: 480 });
    expect([x, y, s]).toEqual([90, 90, 40]);
    const [x2, y2] = cornerTarget(100, 100, -1, -1, 40, { width: 640, height: 480 });
    expect([x2, y2]).toEqual([70, 70]);
  });

  it('keeps a corner square inside the picture', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 640 }), fc.integer({ min: 0, max: 480 }), (cx, cy) => {
        const [x, y, s] = cornerTarget(cx, cy, 1, -1, 40, { width: 640, height: 480 });
        expect(x >= 0 && y >= 0 && x + s <= 640 && y + s <= 480).toBe(true);
        expect(cx >= x && cx <= x + s && cy >= y && cy <= y + s).toBe(true);
      }),
    );
  });
});
