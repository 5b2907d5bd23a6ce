import { describe, expect, it } from 'vitest';
import { spreadLabels, twoLines } from './spreadLabels';

describe('spreadLabels', () => {
  it('keeps labels that do not collide where they want to be', () => {
    const xs = spreadLabels(
      [
        { x: 100, y: 400, width: 80 },
        { x: 200, y: 400, width: 80 },
      ],
      20,
      4,
      640,
    );
    expect(xs[0]).toBeCloseTo(100, 9);
    expect(xs[1]).toBeCloseTo(200, 9);
  });

  it('leaves labels on lines far enough apart alone, however close across', () => {
    const xs = spreadLabels(
      [
        { x: 100, y: 400, width: 80 },
        { x: 110, y: 440, width: 80 },
      ],
      30,
      4,
      640,
    );
    expect(xs).toEqual([100, 110]);
  });

  it('moves overlapping neighbours apart by half the overlap each, leaving the gap', () => {
    const xs = spreadLabels(
      [
        { x: 300, y: 400, width: 100 },
        { x: 380, y: 410, width: 100 },
      ],
      30,
      4,
      640,
    );
    // overlap: 100 + 4 - 80 = 24, so 12 each way
    expect(xs[0]).toBeCloseTo(288, 9);
    expect(xs[1]).toBeCloseTo(392, 9);
  });

  it('settles a crowded row with every neighbour apart and every label inside the drawing', () => {
    const labels = [95, 225, 335, 430, 520].map((x, i) => ({ x, y: 456 - 20 * i, width: 120 }));
    const xs = spreadLabels(labels, 28, 4, 640);
    for (let i = 0; i + 1 < xs.length; i += 1) expect(xs[i + 1]! - xs[i]!).toBeGreaterThanOrEqual(124 - 1e-6);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(60);
      expect(x).toBeLessThanOrEqual(580);
    }
  });
});

describe('twoLines', () => {
  it('alternates lines where the upper line clears the thing, else keeps the bottom line', () => {
    // drawing 480 tall, names 30 tall: bottom line 471, upper line 438
    const ys = twoLines([430, 420, 400, 380, 360], 480, 30, 4);
    expect(ys[0]).toBeCloseTo(471, 9);
    // 420 + 4 + 22.5 > 438: no room above, bottom line
    expect(ys[1]).toBeCloseTo(471, 9);
    expect(ys[2]).toBeCloseTo(438, 9);
    // its left neighbour is on the upper line
    expect(ys[3]).toBeCloseTo(471, 9);
    expect(ys[4]).toBeCloseTo(438, 9);
  });
});
