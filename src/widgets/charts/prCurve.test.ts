import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prPaths, prVertices, stepArea } from './prCurve';

const identity = { x: (r: number) => r, y: (p: number) => p };

/** The numbers of an SVG path, in order. */
const numbersOf = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

describe('prVertices', () => {
  it('gives the hand-worked vertices of TP FP TP over 2 objects', () => {
    const points = [
      { recall: 0.5, precision: 1 },
      { recall: 0.5, precision: 0.5 },
      { recall: 1, precision: 2 / 3 },
    ];
    expect(prVertices(points, [1, 2 / 3, 2 / 3])).toEqual([
      [0, 1],
      [0.5, 1],
      [1, 2 / 3],
    ]);
  });

  it('gives no vertices for an empty curve', () => {
    expect(prVertices([], [])).toEqual([]);
  });
});

describe('stepArea', () => {
  it('is the VOC all-point AP of the hand-worked curve: 0.5·1 + 0.5·2/3', () => {
    const v = prVertices(
      [
        { recall: 0.5, precision: 1 },
        { recall: 0.5, precision: 0.5 },
        { recall: 1, precision: 2 / 3 },
      ],
      [1, 2 / 3, 2 / 3],
    );
    expect(stepArea(v)).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
  });

  it('is 0 for false positives only', () => {
    const v = prVertices(
      [
        { recall: 0, precision: 0 },
        { recall: 0, precision: 0 },
      ],
      [0, 0],
    );
    expect(stepArea(v)).toBe(0);
  });

  it('never exceeds the last recall, since precision is at most 1', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (hits) => {
        const total = Math.max(1, hits.filter(Boolean).length);
        let tp = 0;
        const points = hits.map((hit, k) => {
          if (hit) tp++;
          return { recall: tp / total, precision: tp / (k + 1) };
        });
        const envelope = points.map((_, k) => Math.max(...points.slice(k).map((p) => p.precision)));
        const v = prVertices(points, envelope);
        expect(stepArea(v)).toBeLessThanOrEqual(points[points.length - 1]!.recall + 1e-12);
        expect(stepArea(v)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('prPaths', () => {
  it('draws a step-before line: vertical first, then horizontal', () => {
    const { line } = prPaths(
      [
        [0, 1],
        [0.5, 1],
        [1, 0.5],
      ],
      identity,
    );
    // M0,1 L0,1 L0.5,1 L0.5,0.5 L1,0.5
    expect(numbersOf(line)).toEqual([0, 1, 0, 1, 0.5, 1, 0.5, 0.5, 1, 0.5]);
  });

  it('closes the area down to precision 0 under the same steps', () => {
    const { area } = prPaths(
      [
        [0, 1],
        [1, 0.5],
      ],
      identity,
    );
    expect(area.startsWith('M0,1')).toBe(true);
    expect(area.endsWith('Z')).toBe(true);
    expect(numbersOf(area)).toContain(0.5);
    expect(numbersOf(area).filter((n) => n === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('draws nothing without vertices', () => {
    expect(prPaths([], identity)).toEqual({ line: '', area: '' });
  });
});
