import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxIou } from '../../../../metrics/detection/boxIou';
import { cocoEntries } from '../../../../metrics/detection/coco/entries';
import { SCENES, sceneArgs, sceneDetections } from './iconicArgs';

type Stats = Record<string, number | null>;
const coco = (args: Record<string, unknown>) => cocoEntries[0]!.compute(args) as unknown as Stats;
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

describe('sceneArgs (the iconic-or-crowded data builder)', () => {
  it('gives both scenes AP 1 for a perfect detector', () => {
    expect(coco(sceneArgs('iconic', 0, 0)).ap).toBeCloseTo(1, 12);
    expect(coco(sceneArgs('crowded', 0, 0)).ap).toBeCloseTo(1, 12);
  });

  it('gives the one-cup scene AP = share of thresholds its IoU reaches (hand-worked)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), (e) => {
        const [d] = sceneDetections('iconic', e, 0);
        const iou = boxIou(d!.box, SCENES.iconic.boxes[0]!)!;
        const expected = THRESHOLDS.filter((t) => iou >= t).length / 10;
        expect(coco(sceneArgs('iconic', e, 0)).ap).toBeCloseTo(expected, 12);
      }),
      { numRuns: 21 },
    );
  });

  it('lets the same localisation error cost the crowded scene far more AP', () => {
    const iconic = coco(sceneArgs('iconic', 8, 0)).ap!;
    const crowded = coco(sceneArgs('crowded', 8, 0)).ap!;
    expect(iconic).toBeGreaterThan(0.8);
    expect(crowded).toBeLessThan(0.3);
  });

  it('misses round(rate · n) objects', () => {
    expect(sceneDetections('crowded', 0, 0.1)).toHaveLength(33 - 3);
    expect(sceneDetections('iconic', 0, 0.45)).toHaveLength(1);
    expect(sceneDetections('iconic', 0, 0.5)).toHaveLength(0);
    expect(coco(sceneArgs('iconic', 0, 0.5)).ap).toBe(0);
  });
});
