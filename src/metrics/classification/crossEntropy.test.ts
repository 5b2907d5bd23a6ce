import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argmaxFirst, crossEntropy } from './crossEntropy';

describe('crossEntropy', () => {
  it('matches a hand-worked loss and accuracy', () => {
    const r = crossEntropy(
      [
        [0.5, 0.5],
        [0.25, 0.75],
        [0.9, 0.1],
      ],
      [0, 1, 1],
    );
    expect(r.loss).toBeCloseTo((Math.log(2) + Math.log(4 / 3) + Math.log(10)) / 3, 12);
    // row 0 ties: the first maximum (class 0) is the prediction, so it is correct
    expect(r.accuracy).toBeCloseTo(2 / 3, 12);
  });

  it('takes the first maximum on ties', () => {
    expect(argmaxFirst([0.2, 0.4, 0.4])).toBe(1);
    expect(argmaxFirst([0.25, 0.25, 0.25, 0.25])).toBe(0);
  });

  it('is infinite when the true class has probability 0 and null with no sample', () => {
    expect(crossEntropy([[1, 0]], [1]).loss).toBe(Infinity);
    expect(crossEntropy([], [])).toEqual({ loss: null, accuracy: null });
  });

  it('refuses rows that are not probability distributions, ragged rows and bad labels', () => {
    expect(() => crossEntropy([[0.5, 0.6]], [0])).toThrow(/^probs: .*sums/);
    expect(() => crossEntropy([[1.5, -0.5]], [0])).toThrow(/^probs: /);
    expect(() => crossEntropy([[0.5, 0.5], [1]], [0, 0])).toThrow(/^probs: /);
    expect(() => crossEntropy([[NaN, 1]], [0])).toThrow(/probs\[0\]/);
    expect(() => crossEntropy([[0.5, 0.5]], [2])).toThrow(/^labels: /);
    expect(() => crossEntropy([[0.5, 0.5]], [0.5])).toThrow(/^labels: /);
    expect(() => crossEntropy([[0.5, 0.5]], [0, 1])).toThrow(/probs, labels/);
  });

  it('gives ln k for uniform predictions over k classes and 0 for confident correct ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 10 }), (k, n) => {
        const labels = Array.from({ length: n }, (_, i) => i % k);
        const uniform = crossEntropy(
          labels.map(() => new Array<number>(k).fill(1 / k)),
          labels,
        );
        expect(uniform.loss).toBeCloseTo(Math.log(k), 10);
        const onehot = crossEntropy(
          labels.map((y) => Array.from({ length: k }, (_, j) => (j === y ? 1 : 0))),
          labels,
        );
        expect(onehot).toEqual({ loss: 0, accuracy: 1 });
      }),
    );
  });

  it('is non-negative and at least -ln of the largest probability', () => {
    const row = fc
      .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 })
      .map((w) => {
        const s = w.reduce((a, b) => a + b, 0);
        return w.map((x) => x / s);
      });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.nat(), (rows, seed) => {
        const k = Math.min(...rows.map((r) => r.length));
        const probs = rows.map((r) => r.slice(0, k).map((x) => x / r.slice(0, k).reduce((a, b) => a + b, 0)));
        const labels = probs.map((_, i) => (seed + i) % k);
        const r = crossEntropy(probs, labels);
        expect(r.loss).toBeGreaterThanOrEqual(0);
        const bound = probs.reduce((a, p) => a - Math.log(Math.max(...p)), 0) / probs.length;
        expect(r.loss!).toBeGreaterThanOrEqual(bound - 1e-12);
      }),
    );
  });
});
