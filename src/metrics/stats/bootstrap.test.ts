import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootstrap, quantileSorted } from './bootstrap';
import { statsEntries } from './entries';
import { MetricInputError } from '../validate';

describe('quantileSorted', () => {
  it('interpolates linearly between order statistics (numpy.percentile default)', () => {
    // numpy.percentile([1, 2, 3, 4], 25) = 1.75; 97.5 -> 3.925
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });

  it('throws on no values', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(MetricInputError);
  });
});

describe('bootstrap', () => {
  it('gives a zero-width interval when every image has the same score', () => {
    const r = bootstrap([0.5, 0.5, 0.5], undefined, { resamples: 50 });
    expect(r).toEqual({ mean: 0.5, ci_low: 0.5, ci_high: 0.5, flip_rate: null, n: 3 });
  });

  it('with one image every resample is that image', () => {
    const r = bootstrap([0.25], [0.75], { resamples: 20 });
    expect(r.mean).toBeCloseTo(-0.5, 12);
    expect(r.ci_low).toBeCloseTo(-0.5, 12);
    expect(r.ci_high).toBeCloseTo(-0.5, 12);
    expect(r.flip_rate).toBe(0);
  });

  it('keeps the order of two images with the resample counts worked by hand', () => {
    // Two images, a - b = [+1, -3]: a resample has mean +1 (both picks image 0), -1 (one each) or -3.
    // The full-set difference is -1, so only the resamples of image 0 twice (probability 1/4) flip the order.
    const r = bootstrap([1, 0], [0, 3], { resamples: 20000, seed: 7 });
    expect(r.mean).toBe(-1);
    expect(r.flip_rate).not.toBeNull();
    expect(r.flip_rate as number).toBeGreaterThan(0.23);
    expect(r.flip_rate as number).toBeLessThan(0.27);
    expect(r.ci_low).toBe(-3);
    expect(r.ci_high).toBe(1);
  });

  it('reports no flip rate for a tie on the full set', () => {
    expect(bootstrap([1, 0], [0, 1], { resamples: 10 }).flip_rate).toBeNull();
  });

  it('is reproducible from its seed and changes with it', () => {
    const a = Array.from({ length: 40 }, (_, i) => Math.sin(i) * 0.2 + 0.5);
    const b = Array.from({ length: 40 }, (_, i) => Math.cos(i) * 0.2 + 0.5);
    expect(bootstrap(a, b, { seed: 3 })).toEqual(bootstrap(a, b, { seed: 3 }));
    expect(bootstrap(a, b, { seed: 3 }).ci_low).not.toBe(bootstrap(a, b, { seed: 4 }).ci_low);
  });

  it('contains the point estimate and narrows as the test set grows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 0, max: 1000 }),
        (scores, seed) => {
          const r = bootstrap(scores, undefined, { resamples: 400, seed });
          expect(r.ci_low).toBeLessThanOrEqual(r.ci_high);
          expect(r.ci_low).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
          expect(r.ci_high).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
        },
      ),
      { numRuns: 60 },
    );
    const small = Array.from({ length: 10 }, (_, i) => (i % 2) * 0.2 + 0.4);
    const large = Array.from({ length: 1000 }, (_, i) => (i % 2) * 0.2 + 0.4);
    const w = (s: number[]) => {
      const r = bootstrap(s, undefined, { seed: 1 });
      expect(r.ci_low).toBeLessThanOrEqual(r.mean);
      expect(r.ci_high).toBeGreaterThanOrEqual(r.mean);
      return r.ci_high - r.ci_low;
    };
    expect(w(large)).toBeLessThan(w(small) / 5);
  });

  it('flips a small lead more often on few images than on many', () => {
    // Model a leads by 0.01 on average, with per-image noise far larger than the lead.
    const scores = (n: number) => {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < n; i++) {
        const noise = Math.sin(i * 12.9898) * 0.15;
        a.push(0.6 + 0.01 + noise * 0.5 + Math.cos(i * 7.1) * 0.1);
        b.push(0.6 + noise * 0.5 + Math.sin(i * 3.3) * 0.1);
      }
      return { a, b };
    };
    const few = scores(50);
    const many = scores(5000);
    const fewFlip = bootstrap(few.a, few.b, { seed: 2 }).flip_rate as number;
    const manyFlip = bootstrap(many.a, many.b, { seed: 2 }).flip_rate as number;
    expect(fewFlip).toBeGreaterThan(manyFlip);
  });

  it('rejects an empty set, unequal lengths, no resamples and a confidence outside (0, 1)', () => {
    expect(() => bootstrap([], undefined)).toThrow(/at least one image/);
    expect(() => bootstrap([1, 2], [1])).toThrow(/expected 2 scores/);
    expect(() => bootstrap([1], undefined, { resamples: 0 })).toThrow(/positive integer/);
    expect(() => bootstrap([1], undefined, { resamples: 1.5 })).toThrow(/positive integer/);
    expect(() => bootstrap([1], undefined, { confidence: 1 })).toThrow(/between 0 and 1/);
  });
});

describe('the bootstrap entry', () => {
  const [entry] = statsEntries;
  it('checks its arguments and applies the defaults', () => {
    const r = entry.compute({ a: [0.2, 0.4, 0.6], b: [0.1, 0.3, 0.5] });
    expect(r.mean).toBeCloseTo(0.1, 12);
    expect(r.ci_low).toBeCloseTo(0.1, 12);
    expect(r.flip_rate).toBe(0);
    expect(() => entry.compute({ a: [0.2, Number.NaN] })).toThrow(MetricInputError);
  });
});
