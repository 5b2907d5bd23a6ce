import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cursorBox, moveCursor, paintKeyAction, pointerToLabel, type KeyPress } from './paintInput';

const SIZE = { width: 160, height: 120 };
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shift: false,
  ctrl: false,
  repeat: false,
  ...extra,
});

describe('pointerToLabel', () => {
  it('maps a point of a 640 x 480 element to its label pixel', () => {
    const rect = { left: 100, top: 50, width: 640, height: 480 };
    expect(pointerToLabel(100, 50, rect, SIZE)).toEqual({ x: 0, y: 0 });
    expect(pointerToLabel(100 + 4 * 37 + 3.9, 50 + 4 * 21, rect, SIZE)).toEqual({ x: 37, y: 21 });
  });

  it('clamps a captured pointer outside the element to the map', () => {
    const rect = { left: 0, top: 0, width: 320, height: 240 };
    expect(pointerToLabel(-50, 1000, rect, SIZE)).toEqual({ x: 0, y: 119 });
  });

  it('always lands inside the map', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        (cx, cy) => {
          const p = pointerToLabel(cx, cy, { left: 10, top: 10, width: 333, height: 250 }, SIZE);
          expect(p.x >= 0 && p.x < 160 && p.y >= 0 && p.y < 120).toBe(true);
          expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
        },
      ),
    );
  });
});

describe('paintKeyAction', () => {
  it('moves 1 pixel with an arrow and 10 with Shift', () => {
    expect(paintKeyAction(press('ArrowUp'), 'brush')).toEqual({ kind: 'move', dx: 0, dy: -1 });
    expect(paintKeyAction(press('ArrowRight', { shift: true }), 'fill')).toEqual({
      kind: 'move',
      dx: 10,
      dy: 0,
    });
  });

  it('starts a stroke on Space with the brush or eraser, once per press', () => {
    expect(paintKeyAction(press(' '), 'brush')).toEqual({ kind: 'startStroke' });
    expect(paintKeyAction(press(' '), 'eraser')).toEqual({ kind: 'startStroke' });
    expect(paintKeyAction(press(' ', { repeat: true }), 'brush')).toEqual({ kind: 'ignore' });
  });

  it('fills on Space or Enter with the fill tool and stamps on Enter otherwise', () => {
    expect(paintKeyAction(press(' '), 'fill')).toEqual({ kind: 'apply' });
    expect(paintKeyAction(press('Enter'), 'fill')).toEqual({ kind: 'apply' });
    expect(paintKeyAction(press('Enter'), 'brush')).toEqual({ kind: 'apply' });
    expect(paintKeyAction(press('Enter', { repeat: true }), 'fill')).toEqual({ kind: 'ignore' });
  });

  it('undoes on Ctrl+Z and redoes on Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(paintKeyAction(press('z', { ctrl: true }), 'brush')).toEqual({ kind: 'undo' });
    expect(paintKeyAction(press('Z', { ctrl: true, shift: true }), 'brush')).toEqual({ kind: 'redo' });
    expect(paintKeyAction(press('y', { ctrl: true }), 'brush')).toEqual({ kind: 'redo' });
  });

  it('leaves other keys alone (Tab, letters without Ctrl)', () => {
    expect(paintKeyAction(press('Tab'), 'brush')).toBeNull();
    expect(paintKeyAction(press('z'), 'brush')).toBeNull();
  });
});

describe('moveCursor', () => {
  it('stops at the edges of the map', () => {
    expect(moveCursor({ x: 3, y: 118 }, -10, 10, SIZE)).toEqual({ x: 0, y: 119 });
  });
});

describe('cursorBox', () => {
  it('centres a 5-pixel brush on the pixel centre', () => {
    const b = cursorBox({ x: 10, y: 20 }, 5, { width: 100, height: 50 });
    expect(b.left).toBeCloseTo(8, 12);
    expect(b.top).toBeCloseTo(36, 12);
    expect(b.width).toBeCloseTo(5, 12);
    expect(b.height).toBeCloseTo(10, 12);
  });
});
