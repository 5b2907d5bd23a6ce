import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dragDelta, endsSession, startSession } from './dragCore';

describe('dragDelta', () => {
  it('converts the screen delta to image pixels with the session scale', () => {
    const s = startSession({ pointerId: 1, clientX: 100, clientY: 50 }, 'box', 0.5);
    expect(dragDelta(s, { pointerId: 1, clientX: 120, clientY: 40 })).toEqual([10, -5]);
  });

  it('ignores another pointer and a missing session', () => {
    const s = startSession({ pointerId: 1, clientX: 0, clientY: 0 }, null, 1);
    expect(dragDelta(s, { pointerId: 2, clientX: 5, clientY: 5 })).toBeNull();
    expect(dragDelta(null, { pointerId: 1, clientX: 5, clientY: 5 })).toBeNull();
  });

  it('is zero where the drag began, whatever the scale', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.double({ min: 0, max: 100, noNaN: true }), (x, y, scale) => {
        const s = startSession({ pointerId: 7, clientX: x, clientY: y }, 0, scale);
        const d = dragDelta(s, { pointerId: 7, clientX: x, clientY: y });
        expect(Math.abs(d![0])).toBe(0);
        expect(Math.abs(d![1])).toBe(0);
      }),
    );
  });
});

describe('endsSession', () => {
  it('lets only the starting pointer end the drag', () => {
    const s = startSession({ pointerId: 3, clientX: 0, clientY: 0 }, 0, 1);
    expect(endsSession(s, { pointerId: 3 })).toBe(true);
    expect(endsSession(s, { pointerId: 4 })).toBe(false);
    expect(endsSession(null, { pointerId: 3 })).toBe(false);
  });
});
