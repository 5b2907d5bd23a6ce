import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zeroDivisionMeans } from './zeroDivision';
import { segmentationEntries } from './entries';
import { MetricInputError } from '../validate';

describe('zeroDivisionMeans', () => {
  it('gives one number for all three when every class is defined', () => {
    const m = zeroDivisionMeans([0.5, 1, 0]);
    expect(m.skip).toBeCloseTo(0.5, 12);
    expect(m.one).toBeCloseTo(0.5, 12);
    expect(m.zero).toBeCloseTo(0.5, 12);
    expect(m.undefinedClasses).toEqual([]);
  });

  it('hand-worked: IoUs 0.9, 0.6, 0/0, 0.3', () => {
    const m = zeroDivisionMeans([0.9, 0.6, null, 0.3]);
    expect(m.skip).toBeCloseTo(0.6, 12); // 1.8 / 3
    expect(m.one).toBeCloseTo(0.7, 12); // 2.8 / 4
    expect(m.zero).toBeCloseTo(0.45, 12); // 1.8 / 4
    expect(m.undefinedClasses).toEqual([2]);
  });

  it('every class undefined: skip has no value, the others are 1 and 0', () => {
    expect(zeroDivisionMeans([null, null])).toEqual({
      skip: null,
      one: 1,
      zero: 0,
      undefinedClasses: [0, 1],
    });
  });

  it('no class at all: nothing is defined', () => {
    expect(zeroDivisionMeans([])).toEqual({ skip: null, one: null, zero: null, undefinedClasses: [] });
  });

  it('refuses NaN and infinities', () => {
    expect(() => zeroDivisionMeans([0.5, Number.NaN])).toThrow(MetricInputError);
    expect(() => zeroDivisionMeans([Infinity])).toThrow(/values\[0\]/);
  });

  it('orders the conventions: zero <= skip <= one for values in [0, 1]', () => {
    const value = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 10 }), (values) => {
        const m = zeroDivisionMeans(values);
        if (m.skip === null) return;
        expect(m.zero!).toBeLessThanOrEqual(m.skip + 1e-12);
        expect(m.skip).toBeLessThanOrEqual(m.one! + 1e-12);
      }),
    );
  });
});

describe('miou_conventions entry', () => {
  const entry = segmentationEntries.find((e) => e.id === 'miou_conventions')!;

  it('a class absent from both maps is undefined and moves the means apart', () => {
    // Classes 0, 1, 2; class 2 appears nowhere.
    const gt = { width: 4, height: 1, data: [0, 0, 1, 1] };
    const pred = { width: 4, height: 1, data: [0, 1, 1, 1] };
    const r = entry.compute({ gt, pred, num_classes: 3 }) as {
      iou: (number | null)[];
      miou: { skip: number; one: number; zero: number; undefinedClasses: number[] };
      mdice: { skip: number };
    };
    expect(r.iou[0]).toBeCloseTo(0.5, 12); // TP 1, FP 0, FN 1
    expect(r.iou[1]).toBeCloseTo(2 / 3, 12); // TP 2, FP 1, FN 0
    expect(r.iou[2]).toBeNull();
    expect(r.miou.undefinedClasses).toEqual([2]);
    expect(r.miou.skip).toBeCloseTo((0.5 + 2 / 3) / 2, 12);
    expect(r.miou.one).toBeCloseTo((0.5 + 2 / 3 + 1) / 3, 12);
    expect(r.miou.zero).toBeCloseTo((0.5 + 2 / 3) / 3, 12);
    expect(r.mdice.skip).toBeCloseTo((2 / 3 + 0.8) / 2, 12);
  });

  it('refuses mismatched maps, naming the argument', () => {
    const gt = { width: 2, height: 1, data: [0, 1] };
    const pred = { width: 3, height: 1, data: [0, 1, 1] };
    expect(() => entry.compute({ gt, pred, num_classes: 2 })).toThrow(MetricInputError);
  });
});
