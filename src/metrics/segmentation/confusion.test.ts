import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accumulateSegmentation, createSegmentationCounts } from './confusion';
import type { LabelMap } from '../types';

const map = (width: number, height: number, data: number[]): LabelMap => ({ width, height, data });

describe('accumulateSegmentation', () => {
  it('counts (gt, pred) pairs in a flat row-major matrix', () => {
    const c = accumulateSegmentation(
      createSegmentationCounts(3),
      map(3, 2, [0, 0, 1, 1, 2, 2]),
      map(3, 2, [0, 1, 1, 1, 2, 0]),
    );
    expect(Array.from(c.confusion)).toEqual([1, 1, 0, 0, 2, 0, 1, 0, 1]);
    expect(Array.from(c.unpredicted)).toEqual([0, 0, 0]);
    expect(c.ignored).toBe(0);
  });

  it('drops ignored gt pixels and counts a predicted ignore_index as no prediction', () => {
    const c = accumulateSegmentation(
      createSegmentationCounts(2),
      map(2, 2, [0, 255, 1, 1]),
      map(2, 2, [255, 0, 1, 255]),
      255,
    );
    expect(Array.from(c.confusion)).toEqual([0, 0, 0, 1]);
    expect(Array.from(c.unpredicted)).toEqual([1, 1]);
    expect(c.ignored).toBe(1);
  });

  it('treats a prediction equal to an in-range ignore_index as that class, as mmsegmentation does', () => {
    const c = accumulateSegmentation(createSegmentationCounts(2), map(2, 1, [0, 1]), map(2, 1, [0, 0]), 0);
    expect(Array.from(c.confusion)).toEqual([0, 0, 1, 0]);
    expect(c.ignored).toBe(1);
  });

  it('refuses out-of-range or fractional labels, naming the map', () => {
    const fresh = () => createSegmentationCounts(3);
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, 3]), map(2, 1, [0, 1]))).toThrow(
      /^gt\.data: /,
    );
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, 1]), map(2, 1, [0, 255]))).toThrow(
      /^pred\.data: /,
    );
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, 1]), map(2, 1, [0, -1]), 255)).toThrow(
      /^pred\.data: /,
    );
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, 1.5]), map(2, 1, [0, 1]))).toThrow(
      /^gt\.data: /,
    );
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, NaN]), map(2, 1, [0, 1]))).toThrow(
      /^gt\.data: /,
    );
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, 1]), map(2, 1, [0, 1]), 1.5)).toThrow(
      /ignore_index/,
    );
  });

  it('refuses maps of different sizes or with the wrong number of values', () => {
    const fresh = () => createSegmentationCounts(2);
    expect(() => accumulateSegmentation(fresh(), map(2, 1, [0, 1]), map(1, 2, [0, 1]))).toThrow(/gt, pred/);
    expect(() => accumulateSegmentation(fresh(), map(2, 2, [0, 1]), map(2, 2, [0, 1, 0, 1]))).toThrow(
      /gt\.data/,
    );
    expect(() => createSegmentationCounts(0)).toThrow(/num_classes/);
  });

  it('accumulates two images exactly as their concatenation', () => {
    const img = (n: number) =>
      fc
        .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
        .chain(([w, h]) =>
          fc
            .tuple(
              fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: w * h, maxLength: w * h }),
              fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: w * h, maxLength: w * h }),
            )
            .map(([g, p]) => ({ gt: map(w, h, g), pred: map(w, h, p) })),
        );
    const arb = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.constant(n), img(n), img(n)));
    fc.assert(
      fc.property(arb, ([n, a, b]) => {
        const twice = createSegmentationCounts(n);
        accumulateSegmentation(twice, a.gt, a.pred);
        accumulateSegmentation(twice, b.gt, b.pred);
        const len = a.gt.data.length + b.gt.data.length;
        const joined = accumulateSegmentation(
          createSegmentationCounts(n),
          map(len, 1, [...Array.from(a.gt.data), ...Array.from(b.gt.data)]),
          map(len, 1, [...Array.from(a.pred.data), ...Array.from(b.pred.data)]),
        );
        expect(Array.from(twice.confusion)).toEqual(Array.from(joined.confusion));
      }),
    );
  });

  it('counts a 1024 x 1024 map with 20 classes in a few milliseconds', () => {
    const w = 1024;
    const h = 1024;
    const gt = new Uint8Array(w * h);
    const pred = new Int32Array(w * h);
    for (let i = 0; i < w * h; i++) {
      gt[i] = (i * 7) % 20;
      pred[i] = (i * 13) % 21 === 20 ? 255 : (i * 13) % 21;
    }
    const run = () =>
      accumulateSegmentation(
        createSegmentationCounts(20),
        { width: w, height: h, data: gt },
        { width: w, height: h, data: pred },
        255,
      );
    run();
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    // A generous bound (a few ms is typical) so a loaded machine does not fail the test.
    expect(Math.min(...times)).toBeLessThan(100);
  });
});
