import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pixelAfterKey, pixelAt } from './pixelPick';

describe('pixel picking', () => {
  it('maps a pointer position on the scaled picture to an image pixel', () => {
    expect(pixelAt(0, 0, 256, 256, 512, 512)).toEqual({ x: 0, y: 0 });
    expect(pixelAt(100.4, 50.9, 256, 256, 512, 512)).toEqual({ x: 200, y: 101 });
    expect(pixelAt(300, -5, 256, 256, 512, 512)).toEqual({ x: 511, y: 0 });
  });

  it('moves 1 pixel with arrows, 10 with Shift, jumps with Home and End, and stays inside', () => {
    const p = { x: 5, y: 5 };
    expect(pixelAfterKey(p, 'ArrowRight', false, 20, 20)).toEqual({ x: 6, y: 5 });
    expect(pixelAfterKey(p, 'ArrowDown', true, 20, 20)).toEqual({ x: 5, y: 15 });
    expect(pixelAfterKey(p, 'ArrowLeft', true, 20, 20)).toEqual({ x: 0, y: 5 });
    expect(pixelAfterKey(p, 'End', false, 20, 20)).toEqual({ x: 19, y: 5 });
    expect(pixelAfterKey(p, 'Home', false, 20, 20)).toEqual({ x: 0, y: 5 });
    expect(pixelAfterKey(p, 'a', false, 20, 20)).toBeNull();
  });

  it('never leaves the image, whatever the keys', () => {
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean()), { maxLength: 30 }),
        (presses) => {
          let p = { x: 3, y: 3 };
          for (const [k, s] of presses) p = pixelAfterKey(p, k, s, 7, 5) ?? p;
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThan(7);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThan(5);
        },
      ),
    );
  });
});
