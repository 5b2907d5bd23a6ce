import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipScore } from './clipScore';

describe('CLIPScore', () => {
  it('is w * cos for positively aligned embeddings (hand-worked)', () => {
    expect(clipScore([1, 0], [1, 1])).toBeCloseTo(2.5 / Math.SQRT2, 14);
    expect(clipScore([3, 4], [3, 4], 1)).toBeCloseTo(1, 14);
  });

  it('clips negative cosines to 0 and gives 0 for orthogonal embeddings', () => {
    expect(clipScore([1, 0], [-1, 0.1])).toBe(0);
    expect(clipScore([1, 0], [0, 1])).toBe(0);
  });

  it('is undefined (null) for a zero embedding: the cosine is 0/0', () => {
    expect(clipScore([0, 0], [1, 0])).toBeNull();
    expect(clipScore([1, 0], [0, 0])).toBeNull();
  });

  it('ignores the scale of either embedding and stays within [0, w]', () => {
    const vec = fc
      .array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 })
      .filter((v) => v.some((x) => Math.abs(x) > 1e-3));
    fc.assert(
      fc.property(vec, vec, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (a, b, k) => {
        const s = clipScore(a, b)!;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(2.5 + 1e-12);
        expect(
          Math.abs(
            clipScore(
              a.map((x) => x * k),
              b,
            )! - s,
          ),
        ).toBeLessThan(1e-12);
      }),
    );
    // Huge and tiny embeddings neither overflow nor underflow.
    expect(clipScore([1e200, 1e200], [1e-200, 1e-200], 1)).toBeCloseTo(1, 14);
  });

  it('refuses mismatched lengths, empty vectors and negative weights, naming the argument', () => {
    expect(() => clipScore([1, 2], [1])).toThrow(/^image_embedding, text_embedding:/);
    expect(() => clipScore([], [])).toThrow(/^image_embedding:/);
    expect(() => clipScore([1], [1], -1)).toThrow(/^w:/);
    expect(() => clipScore([1, NaN], [1, 1])).toThrow(/^image_embedding:/);
  });
});
