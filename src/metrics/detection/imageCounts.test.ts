import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BoxXywh } from '../types';
import { MetricInputError } from '../validate';
import { imageCounts } from './imageCounts';
import { boxArbitrary } from '../../lib/geometry.arbitraries.test-helper';

const obj: BoxXywh = [10, 10, 20, 20];
const far: BoxXywh = [100, 100, 20, 20];

describe('imageCounts', () => {
  it('counts a hit, a miss and a false alarm in one image by hand', () => {
    const r = imageCounts(
      [
        {
          ground_truths: [
            { box: obj, class: 0 },
            { box: [50, 50, 10, 10], class: 0 },
          ],
          detections: [
            { box: [11, 10, 20, 20], score: 0.9, class: 0 },
            { box: far, score: 0.8, class: 0 },
          ],
        },
      ],
      0.5,
    );
    expect(r.images[0]).toEqual({ num_gt: 2, num_det: 2, tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(r.dataset).toEqual(r.images[0]);
  });

  it('gives an image without objects undefined recall, and precision 0 when the detector fires there', () => {
    const r = imageCounts(
      [
        { ground_truths: [{ box: obj, class: 0 }], detections: [{ box: obj, score: 0.9, class: 0 }] },
        { ground_truths: [], detections: [{ box: far, score: 0.7, class: 0 }] },
      ],
      0.5,
    );
    expect(r.images[1]!.recall).toBeNull();
    expect(r.images[1]!.precision).toBe(0);
    expect(r.dataset.recall).toBe(1);
    expect(r.dataset.precision).toBe(0.5);
  });

  it('gives an empty image where the detector stays silent undefined precision and recall', () => {
    const r = imageCounts(
      [
        { ground_truths: [{ box: obj, class: 0 }], detections: [{ box: obj, score: 0.9, class: 0 }] },
        { ground_truths: [], detections: [] },
      ],
      0.5,
    );
    expect(r.images[1]!.precision).toBeNull();
    expect(r.images[1]!.recall).toBeNull();
    expect(r.dataset.precision).toBe(1);
    expect(r.dataset.recall).toBe(1);
  });

  it('never matches a detection with an object of another class or image', () => {
    const r = imageCounts(
      [
        {
          ground_truths: [{ box: obj, class: 'car' }],
          detections: [{ box: obj, score: 0.9, class: 'person' }],
        },
        { ground_truths: [], detections: [{ box: obj, score: 0.9, class: 'car' }] },
      ],
      0.5,
    );
    expect(r.dataset.tp).toBe(0);
    expect(r.dataset.fn).toBe(1);
    expect(r.dataset.fp).toBe(2);
  });

  it('uses IoU >= threshold, so a box at exactly the threshold counts', () => {
    // IoU of [0,0,20,10] and [0,0,10,10] is 100 / 200 = 0.5.
    const img = {
      ground_truths: [{ box: [0, 0, 20, 10] as BoxXywh, class: 0 }],
      detections: [{ box: [0, 0, 10, 10] as BoxXywh, score: 1, class: 0 }],
    };
    expect(imageCounts([img], 0.5).dataset.tp).toBe(1);
    expect(imageCounts([img], 0.55).dataset.tp).toBe(0);
  });

  it('throws naming the argument for bad input', () => {
    expect(() => imageCounts([], 0.5)).toThrow(/images/);
    expect(() =>
      imageCounts([{ ground_truths: [], detections: [{ box: [0, 0, -1, 2], score: 1, class: 0 }] }], 0.5),
    ).toThrow(/images\[0\]\.detections\[0\]\.box/);
    expect(() => imageCounts([{ ground_truths: [], detections: [] }], 2)).toThrow(MetricInputError);
    expect(() => imageCounts([{ ground_truths: [], detections: [] }], Number.NaN)).toThrow(/iou_threshold/);
  });

  const box = boxArbitrary({ maxX: 50, maxY: 50, minSide: 1, maxSide: 30 });
  const image = fc.record({
    ground_truths: fc.array(fc.record({ box, class: fc.constantFrom(0, 1) }), { maxLength: 5 }),
    detections: fc.array(
      fc.record({ box, score: fc.double({ min: 0, max: 1, noNaN: true }), class: fc.constantFrom(0, 1) }),
      { maxLength: 6 },
    ),
  });

  it('keeps the counts consistent and the dataset the sum of its images', () => {
    fc.assert(
      fc.property(
        fc.array(image, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (imgs, t) => {
          const r = imageCounts(imgs, t);
          const sum = (k: 'tp' | 'fp' | 'fn') => r.images.reduce((a, c) => a + c[k], 0);
          for (const c of [...r.images, r.dataset]) {
            expect(c.tp + c.fp).toBe(c.num_det);
            expect(c.tp + c.fn).toBe(c.num_gt);
            expect(c.precision === null).toBe(c.num_det === 0);
            expect(c.recall === null).toBe(c.num_gt === 0);
            for (const v of [c.precision, c.recall]) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
          }
          expect(r.dataset.tp).toBe(sum('tp'));
          expect(r.dataset.fp).toBe(sum('fp'));
          expect(r.dataset.fn).toBe(sum('fn'));
        },
      ),
    );
  });
});
