import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectionEntries } from '../../../../metrics/detection/entries';
import { entryRunner } from '../../../../metrics/entries.test-helper';
import { apWidget } from '../../state';
import { apArgs } from './apArgs';
import { prVertices, stepArea } from '../../../../widgets/charts/prCurve';
import { AP_PREDICTIONS, IOU_THRESHOLDS } from './apScene';

/** The twelve scores (percent steps), the IoU threshold and the class the properties draw. */
const scoresArb = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 })
  .map((scores) => scores.map((s) => s / 100));
const thresholdArb = fc.constantFrom(...IOU_THRESHOLDS);
const classArb = fc.constantFrom('car' as const, 'person' as const);

const detectionMatch = entryRunner(detectionEntries, 'detection_match');

const defaults = apWidget.defaults;

function classAp(result: ReturnType<typeof detectionMatch>, cls: string) {
  const c = result.classes.find((k) => k.class === cls);
  if (!c) throw new Error(`no class ${cls}`);
  return c;
}

describe('apArgs (the AP figure data builder)', () => {
  it('gives the hand-worked APs at IoU 0.5 for the default predictions', () => {
    const r = detectionMatch(apArgs(defaults).args);
    // car ranks: TP TP FP TP FP TP over 4 cars; person: TP FP TP TP TP FP over 4 people.
    expect(classAp(r, 'car').ap_voc).toBeCloseTo(0.25 * (1 + 1 + 0.75 + 4 / 6), 12);
    expect(classAp(r, 'person').ap_voc).toBeCloseTo(0.25 * (1 + 3 * 0.8), 12);
    expect(classAp(r, 'car').ap_voc07).toBeCloseTo((6 + 2 * 0.75 + 3 * (4 / 6)) / 11, 12);
    expect(classAp(r, 'car').ap_coco101).toBeCloseTo((51 + 25 * 0.75 + 25 * (4 / 6)) / 101, 12);
    expect(r.ap_voc).toBeCloseTo((classAp(r, 'car').ap_voc! + classAp(r, 'person').ap_voc!) / 2, 12);
    expect([r.tp, r.fp, r.fn]).toEqual([8, 4, 0]);
  });

  it('gives each class the same rows and APs in the one-class call as in the full call', () => {
    fc.assert(
      fc.property(scoresArb, thresholdArb, classArb, (scores, threshold, cls) => {
        const state = { ...defaults, scores, threshold };
        const full = detectionMatch(apArgs(state).args);
        const one = apArgs(state, cls);
        const part = detectionMatch(one.args);
        expect(part.ap_voc).toBeCloseTo(classAp(full, cls).ap_voc!, 12);
        expect(part.ap_coco101).toBeCloseTo(classAp(full, cls).ap_coco101!, 12);
        const fullTp = full.detections.filter((d) => d.class === cls).map((d) => [d.index + 1, d.tp]);
        const partTp = part.detections.map((d) => [one.predictionNumbers[d.index], d.tp]);
        expect(partTp).toEqual(fullTp);
      }),
      { numRuns: 60 },
    );
  });

  it('maps every prediction to its number and class', () => {
    const one = apArgs(defaults, 'person');
    expect(one.predictionNumbers).toEqual([2, 4, 6, 8, 10, 12]);
    expect(one.args.detections.every((d) => d.class === 'person')).toBe(true);
    expect(one.args.ground_truths).toHaveLength(4);
    expect(apArgs(defaults).args.detections).toHaveLength(AP_PREDICTIONS.length);
  });

  it('lowers AP when the threshold rises to 0.95', () => {
    const at50 = detectionMatch(apArgs(defaults).args).ap_coco101!;
    const at95 = detectionMatch(apArgs({ ...defaults, threshold: 0.95 }).args).ap_coco101!;
    expect(at95).toBeLessThan(at50);
  });

  it('draws a shaded area equal to the VOC all-point AP of the metrics package', () => {
    fc.assert(
      fc.property(scoresArb, thresholdArb, classArb, (scores, threshold, cls) => {
        const r = detectionMatch(apArgs({ ...defaults, scores, threshold }, cls).args);
        const points = r.points.map((p) => ({ recall: p.recall ?? 0, precision: p.precision }));
        const vertices = prVertices(
          points,
          r.envelope.map((e) => e.precision),
        );
        expect(stepArea(vertices)).toBeCloseTo(r.ap_voc!, 12);
      }),
      { numRuns: 80 },
    );
  });
});
