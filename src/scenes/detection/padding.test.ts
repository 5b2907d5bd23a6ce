import { describe, expect, it } from 'vitest';
import { cocoEval } from '../../metrics/detection/coco/cocoEval';
import { imageCounts } from '../../metrics/detection/imageCounts';
import {
  COCO_MAX_DETS,
  MAX_EXTRAS,
  baseDetections,
  extraDetections,
  paddedDetections,
  paddingCocoArgs,
  paddingCountArgs,
} from './padding';

const ap = (extras: number) => {
  const a = paddingCocoArgs(extras);
  const r = cocoEval({ iouType: a.iou_type, gt: a.gt, dt: a.dt });
  if (r.iouType !== 'bbox') throw new Error('expected a bbox result');
  return r;
};
const counts = (extras: number, minScore: number) => {
  const a = paddingCountArgs(extras, minScore);
  return imageCounts(a.images, a.iou_threshold).dataset;
};

describe('padding a detector with low-scored detections', () => {
  it('scores every extra below every base detection and below the extras before it', () => {
    const lowestBase = Math.min(...baseDetections().map((d) => d.score));
    const extras = extraDetections(MAX_EXTRAS);
    expect(extras[0]!.score).toBeLessThan(lowestBase);
    for (let k = 1; k < extras.length; k++) expect(extras[k]!.score).toBeLessThan(extras[k - 1]!.score);
    expect(extras.at(-1)!.score).toBeGreaterThan(0);
  });

  it('appends: the first n extras are the same whatever n', () => {
    expect(extraDetections(30)).toEqual(extraDetections(200).slice(0, 30));
    expect(paddedDetections(0)).toEqual(baseDetections());
  });

  it('never lowers AP, AP50 or AR100 as extras are appended, and raises AP once a missed object is found', () => {
    let prev = ap(0);
    for (let n = 10; n <= MAX_EXTRAS; n += 10) {
      const next = ap(n);
      for (const k of ['ap', 'ap50', 'ar100'] as const)
        expect(next[k]!).toBeGreaterThanOrEqual(prev[k]! - 1e-12);
      prev = next;
    }
    expect(ap(10).ap!).toBeGreaterThan(ap(0).ap!);
  });

  it('makes the precision of everything output collapse, while the operating point at 0.5 does not move', () => {
    expect(counts(0, 0).precision).toBe(1);
    expect(counts(MAX_EXTRAS, 0).precision!).toBeLessThan(0.05);
    expect(counts(MAX_EXTRAS, 0.5)).toEqual(counts(0, 0.5));
  });

  it('stops changing COCO AP once an image holds more than maxDets detections', () => {
    const beyond = COCO_MAX_DETS - baseDetections().length;
    expect(ap(beyond + 10).ap).toBe(ap(MAX_EXTRAS).ap);
  });
});
