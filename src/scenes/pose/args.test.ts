import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getMetric } from '../../metrics/registry';
import { apWidget } from '../../sections/pose/state';
import { AP_PEOPLE, AP_PREDICTIONS, predictedJoints } from './apScene';
import { apCocoArgs, flatKeypoints, oksArgs, pckArgs, ringArgs } from './args';
import { LARGE_PERSON } from './scene';
import { KEYPOINT_STAT_NAMES } from '../../metrics/detection/coco/cocoKeypoints';

const registry = (id: string) => {
  const e = getMetric(id);
  if (!e) throw new Error(`no metric ${id}`);
  return e;
};

type Stats = Record<string, number | null> & { perThresholdAp: (number | null)[] };
type Matches = { per_threshold_ap: (number | null)[]; rows: { index: number; outcome: string[] }[] };

/** COCO JSON for the AP scene written out here, without the figure's builder. */
function independentCoco(offsets: readonly (readonly [number, number])[], scores: readonly number[]) {
  const annotations = AP_PEOPLE.map((p, n) => ({
    id: 100 + n,
    image_id: 7,
    category_id: 3,
    keypoints: p.gt.flatMap(([x, y]) => [x, y, 2]),
    area: p.area,
    bbox: p.bbox,
  }));
  const dt = AP_PREDICTIONS.map((p, i) => ({
    image_id: 7,
    category_id: 3,
    keypoints: predictedJoints(p, offsets[i]!).flatMap(([x, y]) => [x, y, 1]),
    score: scores[i],
  }));
  return { gt: { images: [{ id: 7 }], categories: [{ id: 3 }], annotations }, dt };
}

describe('apCocoArgs (the AP figure’s data builder)', () => {
  const d = apWidget.defaults;

  it('feeds the AP that the metrics package’s coco_eval gives for the same detections', () => {
    const fed = registry('coco_eval').compute(apCocoArgs(d)) as Stats;
    const ref = registry('coco_eval').compute({
      iou_type: 'keypoints',
      ...independentCoco(d.offsets, d.scores),
    }) as Stats;
    for (const k of KEYPOINT_STAT_NAMES) {
      expect(fed[k], k).toBe(ref[k]);
    }
    expect(fed.perThresholdAp).toEqual(ref.perThresholdAp);
  });

  it('gives the hand-checked default: every person found at 0.50, predictions 5 and 6 lost at 0.75', () => {
    const m = registry('pose_keypoint_matches').compute(apCocoArgs(d)) as Matches;
    const stats = registry('coco_eval').compute(apCocoArgs(d)) as Stats;
    const at = (t: number) => m.rows.filter((r) => r.outcome[t] === 'tp').map((r) => r.index + 1);
    expect(at(0)).toEqual([1, 2, 4, 5, 6]);
    expect(at(5)).toEqual([1, 2, 4]);
    // ranks TP TP FP TP TP TP over 5 people: interpolated precision 1 up to recall 0.40, then 5/6
    expect(stats.ap50).toBeCloseTo((41 + 60 * (5 / 6)) / 101, 12);
    // at 0.75 ranks TP TP FP TP FP FP: 1 up to recall 0.40, 3/4 up to 0.60, then nothing
    expect(stats.ap75).toBeCloseTo((41 + 20 * 0.75) / 101, 12);
    expect(stats.ar50).toBe(1);
    expect(m.per_threshold_ap).toEqual(stats.perThresholdAp);
  });

  it('matches coco_eval for any dragged offsets and scores', () => {
    const offset = fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }));
    fc.assert(
      fc.property(
        fc.array(offset, { minLength: 6, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
        (offsets, raw) => {
          const scores = raw.map((s) => s / 100);
          const fed = registry('coco_eval').compute(apCocoArgs({ offsets, scores })) as Stats;
          const ref = registry('coco_eval').compute({
            iou_type: 'keypoints',
            ...independentCoco(offsets, scores),
          }) as Stats;
          expect(fed.ap).toBe(ref.ap);
          expect(fed.perThresholdAp).toEqual(ref.perThresholdAp);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the other builders', () => {
  it('write COCO keypoints with v = 2, or 0 where not labelled', () => {
    expect(
      flatKeypoints([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 2, 3, 4, 2]);
    expect(
      flatKeypoints(
        [
          [1, 2],
          [3, 4],
        ],
        [true, false],
      ),
    ).toEqual([1, 2, 2, 3, 4, 0]);
  });

  it('give OKS 1 for a prediction on the ground truth and the rings of the person’s area', () => {
    const r = registry('pose_oks_terms').compute(oksArgs(LARGE_PERSON, LARGE_PERSON.gt)) as { oks: number };
    expect(r.oks).toBe(1);
    expect(ringArgs(300)).toEqual({ area: 300, similarities: [0.75, 0.5] });
    expect(pckArgs([[1, 2]], [[3, 4]], 'head', 0.5)).toEqual({
      gt: [[1, 2]],
      pred: [[3, 4]],
      reference: 'head',
      alpha: 0.5,
    });
  });
});
