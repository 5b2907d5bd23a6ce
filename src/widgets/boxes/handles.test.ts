import { describe, expect, it } from 'vitest';
import { centredSquare, cornerCursor, cornerPoint } from './handles';

describe('cornerPoint', () => {
  it('puts each corner of [10, 20, 30, 40] where it is', () => {
    const box = [10, 20, 30, 40] as const;
    expect(cornerPoint(box, 'nw')).toEqual([10, 20]);
    expect(cornerPoint(box, 'ne')).toEqual([40, 20]);
    expect(cornerPoint(box, 'sw')).toEqual([10, 60]);
    expect(cornerPoint(box, 'se')).toEqual([40, 60]);
  });
});

describe('cornerCursor', () => {
  it('pairs opposite corners on one diagonal', () => {
    expect(cornerCursor('nw')).toBe(cornerCursor('se'));
    expect(cornerCursor('ne')).toBe(cornerCursor('sw'));
    expect(cornerCursor('nw')).not.toBe(cornerCursor('ne'));
  });
});

describe('centredSquare', () => {
  it('centres the square on the point', () => {
    expect(centredSquare(50, 60, 8)).toEqual({ x: 46, y: 56, width: 8, height: 8 });
  });
});
