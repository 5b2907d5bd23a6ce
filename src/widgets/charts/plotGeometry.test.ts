import { describe, expect, it } from 'vitest';
import { plotScales, seriesPath } from './plotGeometry';

const PAD = { left: 40, right: 10, top: 5, bottom: 30 };

describe('plotScales', () => {
  it('maps the domain corners to the edges of the padded area', () => {
    const s = plotScales(250, 200, PAD, [2, 12], [0, 1]);
    expect(s.x(2)).toBeCloseTo(40, 12);
    expect(s.x(12)).toBeCloseTo(240, 12);
    expect(s.y(0)).toBeCloseTo(170, 12);
    expect(s.y(1)).toBeCloseTo(5, 12);
  });

  it('is linear in between', () => {
    const s = plotScales(250, 200, PAD, [2, 12], [0, 1]);
    expect(s.x(7)).toBeCloseTo(140, 12);
    expect(s.y(0.5)).toBeCloseTo(87.5, 12);
  });
});

describe('seriesPath', () => {
  const identity = { x: (v: number) => v, y: (v: number) => v };

  it('draws straight segments through the points', () => {
    expect(
      seriesPath(
        [
          [0, 0],
          [1, 2],
          [3, 4],
        ],
        identity,
      ),
    ).toBe('M0,0L1,2L3,4');
  });

  it('breaks the line at an undefined value instead of drawing it as 0', () => {
    expect(
      seriesPath(
        [
          [0, 1],
          [1, null],
          [2, 3],
          [3, 3],
        ],
        identity,
      ),
    ).toBe('M0,1ZM2,3L3,3');
  });

  it('is empty for no points', () => {
    expect(seriesPath([], identity)).toBe('');
  });
});
