import { describe, expect, it } from 'vitest';
import { areaPolygon, envelopeSteps, polygonArea } from './prSteps';

describe('envelopeSteps', () => {
  it('draws the hand-worked step line of TP FP TP over 2 objects', () => {
    const points = [
      { recall: 0.5, precision: 1 },
      { recall: 0.5, precision: 0.5 },
      { recall: 1, precision: 2 / 3 },
    ];
    const steps = envelopeSteps(points, [1, 2 / 3, 2 / 3]);
    expect(steps).toEqual([
      [0, 1],
      [0.5, 1],
      [0.5, 2 / 3],
      [1, 2 / 3],
    ]);
    expect(polygonArea(areaPolygon(steps))).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
  });

  it('gives no line and no area for an empty curve, and area 0 for false positives only', () => {
    expect(envelopeSteps([], [])).toEqual([]);
    expect(areaPolygon([])).toEqual([]);
    const fpOnly = envelopeSteps(
      [
        { recall: 0, precision: 0 },
        { recall: 0, precision: 0 },
      ],
      [0, 0],
    );
    expect(polygonArea(areaPolygon(fpOnly))).toBe(0);
  });
});
