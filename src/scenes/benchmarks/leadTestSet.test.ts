import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../metrics/stats/bootstrap';
import { LEAD_IMAGES, leadTestSet } from './leadTestSet';

const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;

describe('leadTestSet', () => {
  it('is seeded, and a larger set extends a smaller one', () => {
    expect(leadTestSet(50, 1)).toEqual(leadTestSet(50, 1));
    expect(leadTestSet(5000, 1).a.slice(0, 50)).toEqual(leadTestSet(50, 1).a);
    expect(leadTestSet(50, 2).a).not.toEqual(leadTestSet(50, 1).a);
  });

  it('has a gap near 0.01 on 5,000 images', () => {
    const { a, b } = leadTestSet(LEAD_IMAGES.max, 1);
    expect(mean(a) - mean(b)).toBeGreaterThan(0.006);
    expect(mean(a) - mean(b)).toBeLessThan(0.014);
  });

  it('flips more often at 50 images than at 5,000 (the default seed)', () => {
    const small = leadTestSet(50, 1);
    const large = leadTestSet(5000, 1);
    const fs = bootstrap(small.a, small.b, { resamples: 1000, seed: 1 }).flip_rate as number;
    const fl = bootstrap(large.a, large.b, { resamples: 1000, seed: 1 }).flip_rate as number;
    expect(fs).toBeGreaterThan(0.05);
    expect(fl).toBeLessThan(0.01);
  });

  it('refuses a size out of range', () => {
    expect(() => leadTestSet(49, 1)).toThrow(/^n: /);
    expect(() => leadTestSet(5001, 1)).toThrow(/^n: /);
  });
});
