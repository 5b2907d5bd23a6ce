import { describe, expect, it } from 'vitest';
import { detectionEntries } from './entries';
import { entryRunner } from '../entries.test-helper';

const detectionImageCounts = entryRunner(detectionEntries, 'detection_image_counts');

describe('detection_image_counts entry', () => {
  it('reads FORMAT-shaped args with default class and threshold', () => {
    const r = detectionImageCounts({
      images: [
        { ground_truths: [{ box: [0, 0, 10, 10] }], detections: [{ box: [1, 0, 10, 10], score: 0.5 }] },
        { ground_truths: [], detections: [] },
      ],
    });
    expect(r.images[0]!.tp).toBe(1);
    expect(r.images[1]!.recall).toBeNull();
    expect(r.dataset.recall).toBe(1);
  });

  it('names the bad argument', () => {
    expect(() => detectionImageCounts({})).toThrow(/^images/);
    expect(() => detectionImageCounts({ images: [{ ground_truths: [], detections: 3 }] })).toThrow(
      /images\[0\]\.detections/,
    );
    expect(() =>
      detectionImageCounts({ images: [{ ground_truths: [], detections: [] }], iou_threshold: 'x' }),
    ).toThrow(/iou_threshold/);
  });
});
