import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { confusionMatrix } from './confusionMatrix';
import { MetricInputError } from '../validate';

describe('confusionMatrix', () => {
  it('puts true classes in rows and predicted classes in columns', () => {
    expect(confusionMatrix([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]);
  });

  it('accepts typed arrays', () => {
    expect(confusionMatrix(new Int32Array([1, 0]), new Uint8Array([1, 1]), 2)).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('gives an all-zero matrix for no samples', () => {
    expect(confusionMatrix([], [], 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('refuses labels outside [0, num_classes), non-integers and mismatched lengths', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/^gt: /);
    expect(() => confusionMatrix([0, 1], [0, -1], 3)).toThrow(/^pred: /);
    expect(() => confusionMatrix([0, 1.5], [0, 1], 3)).toThrow(MetricInputError);
    expect(() => confusionMatrix([0, NaN], [0, 1], 3)).toThrow(MetricInputError);
    expect(() => confusionMatrix([0, 1], [0], 3)).toThrow(/gt, pred/);
    expect(() => confusionMatrix([0], [0], 0)).toThrow(/num_classes/);
  });

  it('counts every sample once, each row summing to its true class count', () => {
    const arb = fc.integer({ min: 1, max: 6 }).chain((k) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: k - 1 })), {
          maxLength: 60,
        })
        .map((pairs) => ({ k, pairs })),
    );
    fc.assert(
      fc.property(arb, ({ k, pairs }) => {
        const gt = pairs.map((p) => p[0]);
        const pred = pairs.map((p) => p[1]);
        const c = confusionMatrix(gt, pred, k);
        expect(c.flat().reduce((a, b) => a + b, 0)).toBe(pairs.length);
        for (let t = 0; t < k; t++) {
          expect(c[t]!.reduce((a, b) => a + b, 0)).toBe(gt.filter((g) => g === t).length);
        }
      }),
    );
  });
});
