import { describe, expect, it } from 'vitest';
import { detectionEntries } from '../../../../metrics/detection/entries';
import { entryRunner } from '../../../../metrics/entries.test-helper';
import { emptyArgs } from './emptyArgs';

const detectionImageCounts = entryRunner(detectionEntries, 'detection_image_counts');

describe('emptyArgs (the empty-image data builder)', () => {
  it('gives the empty road undefined recall and precision 0 when the detector fires', () => {
    const r = detectionImageCounts(emptyArgs(true));
    expect(r.images[1]).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(r.images[0]).toMatchObject({ tp: 6, fp: 0, fn: 2, precision: 1, recall: 0.75 });
    expect(r.dataset.precision).toBeCloseTo(6 / 7, 12);
    expect(r.dataset.recall).toBe(0.75);
  });

  it('gives it undefined precision too when the detector stays silent, while the dataset stays defined', () => {
    const r = detectionImageCounts(emptyArgs(false));
    expect(r.images[1]!.precision).toBeNull();
    expect(r.images[1]!.recall).toBeNull();
    expect(r.dataset.precision).toBe(1);
    expect(r.dataset.recall).toBe(0.75);
  });
});
