import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxIou } from '../../metrics/detection/boxIou';
import { cocoEntries } from '../../metrics/detection/coco/entries';
import { streetObject } from './streetScene';
import { presetArgs, presetDetections } from './presetDetectors';
import { presetsWidget } from '../../sections/detection/state';

type Stats = Record<string, number | null>;
const coco = (args: Record<string, unknown>) => cocoEntries[0]!.compute(args) as unknown as Stats;
const growth = presetsWidget.defaults.growth;

describe('presetDetections', () => {
  it('finds every object with loose boxes (IoU 1 / 1.3² in [0.55, 0.60)) at the default growth', () => {
    const dets = presetDetections('loose', growth);
    expect(dets).toHaveLength(8);
    for (const d of dets) {
      const iou = boxIou(d.box, streetObject(d.objectId).box)!;
      expect(iou).toBeGreaterThanOrEqual(0.55);
      expect(iou).toBeLessThan(0.6);
    }
  });

  it('finds five objects with tight boxes (IoU above 0.9)', () => {
    const dets = presetDetections('tight', growth);
    expect(dets.map((d) => d.objectId)).toEqual(['car-1', 'car-2', 'car-3', 'person-1', 'person-2']);
    for (const d of dets) expect(boxIou(d.box, streetObject(d.objectId).box)!).toBeGreaterThan(0.9);
  });
});

describe('presetArgs (the VOC-or-COCO data builder)', () => {
  it('gives the hand-worked COCO numbers of the metrics package', () => {
    const loose = coco(presetArgs('loose', growth));
    const tight = coco(presetArgs('tight', growth));
    // Loose: all eight objects TP at IoU 0.50 and 0.55 only, precision 1 -> AP50 1, AP = 2/10.
    expect(loose.ap50).toBeCloseTo(1, 12);
    expect(loose.ap).toBeCloseTo(0.2, 12);
    expect(loose.ap75).toBeCloseTo(0, 12);
    // Tight: cars recall 3/4, people 2/4, precision 1 -> AP50 = (76/101 + 51/101) / 2.
    expect(tight.ap50).toBeCloseTo((76 / 101 + 51 / 101) / 2, 12);
    // AR: cars 3/4 at every threshold (IoUs 0.95-0.99); people 2/4, but 1/4 at 0.95 (person-2's IoU is 0.91).
    expect(tight.ar100).toBeCloseTo((3 / 4 + (9 * 0.5 + 0.25) / 10) / 2, 12);
  });

  it('ranks the two detectors in opposite orders by AP50 and by AP@[.50:.95]', () => {
    const loose = coco(presetArgs('loose', growth));
    const tight = coco(presetArgs('tight', growth));
    expect(loose.ap50!).toBeGreaterThan(tight.ap50!);
    expect(loose.ap!).toBeLessThan(tight.ap!);
  });

  it('gives a perfect loose detector at 0 % growth, and never a better AP for more growth', () => {
    expect(coco(presetArgs('loose', 0)).ap).toBeCloseTo(1, 12);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), (k) => {
        const a = coco(presetArgs('loose', 5 * k)).ap!;
        const b = coco(presetArgs('loose', 5 * k + 5)).ap!;
        return b <= a + 1e-12 && a >= 0 && a <= 1;
      }),
      { numRuns: 12 },
    );
  });

  it('writes COCO JSON with areas w·h and categories in class order', () => {
    const { gt, dt } = presetArgs('tight', growth);
    expect(gt.categories).toEqual([
      { id: 1, name: 'car' },
      { id: 2, name: 'person' },
    ]);
    expect(gt.annotations[0]).toMatchObject({
      image_id: 1,
      category_id: 1,
      bbox: [40, 262, 230, 100],
      area: 23000,
    });
    expect(dt.every((d) => d.image_id === 1)).toBe(true);
  });
});
