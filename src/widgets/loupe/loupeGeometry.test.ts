import { describe, expect, it } from 'vitest';
import { clampOrigin, originAfterKey, originAtPointer } from './loupeGeometry';

describe('loupe geometry', () => {
  it('keeps the whole square inside the image, on integer pixels', () => {
    expect(clampOrigin({ x: -3, y: 600 }, 32, 512, 512)).toEqual({ x: 0, y: 480 });
    expect(clampOrigin({ x: 10.6, y: 20.2 }, 32, 512, 512)).toEqual({ x: 11, y: 20 });
    expect(clampOrigin({ x: 5, y: 5 }, 32, 16, 16)).toEqual({ x: 0, y: 0 });
  });

  it('centres the square on the pointer', () => {
    // the middle of a 256-px-wide picture of a 512-px image is pixel 256; the square starts 16 before it
    expect(originAtPointer(128, 128, 256, 256, 32, 512, 512)).toEqual({ x: 240, y: 240 });
    expect(originAtPointer(0, 256, 256, 256, 32, 512, 512)).toEqual({ x: 0, y: 480 });
  });

  it('moves 1 pixel per arrow, 10 with Shift, and ignores other keys', () => {
    const o = { x: 100, y: 100 };
    expect(originAfterKey(o, 'ArrowRight', false, 32, 512, 512)).toEqual({ x: 101, y: 100 });
    expect(originAfterKey(o, 'ArrowUp', true, 32, 512, 512)).toEqual({ x: 100, y: 90 });
    expect(originAfterKey(o, 'End', false, 32, 512, 512)).toEqual({ x: 480, y: 100 });
    expect(originAfterKey({ x: 479, y: 0 }, 'ArrowRight', true, 32, 512, 512)).toEqual({ x: 480, y: 0 });
    expect(originAfterKey(o, 'a', false, 32, 512, 512)).toBeNull();
  });
});
