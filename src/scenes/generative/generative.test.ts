import { describe, expect, it } from 'vitest';
import { MODES, REAL_CENTRES, sampleMixture, sampleReal } from './ring';
import { classProbabilities, marginal } from './classifier';
import { fidSplit } from './fidScene';
import { smallSampleFid } from './smallSamples';
import { generativeSceneEntries } from './entries';
import { fidFromFeatures } from '../../metrics/generative/fidFeatures';

const [fidEntry, isEntry, smallEntry] = generativeSceneEntries;
const base = { centres: [...REAL_CENTRES], kept: 8, spread: 1, n: 5000 as const, seed: 1 };

describe('ring of 8 Gaussians', () => {
  it('puts 8 centres on a ring of radius 5 (grid 0.1)', () => {
    expect(REAL_CENTRES).toHaveLength(16);
    for (let k = 0; k < MODES; k++) {
      const r = Math.hypot(REAL_CENTRES[2 * k]!, REAL_CENTRES[2 * k + 1]!);
      expect(Math.abs(r - 50)).toBeLessThan(0.6);
    }
  });

  it('is seeded', () => {
    expect(sampleReal(10, 3)).toEqual(sampleReal(10, 3));
    expect(sampleReal(10, 3)).not.toEqual(sampleReal(10, 4));
  });

  it('puts every point on its centre at spread 0', () => {
    const p = sampleMixture(REAL_CENTRES, 1, 0, 20, 5);
    for (let i = 0; i < 20; i++) expect([p[2 * i], p[2 * i + 1]]).toEqual([5, 0]);
  });
});

describe('FID split', () => {
  it('adds up to the package fid_features', () => {
    const a = sampleReal(300, 1);
    const b = sampleMixture(REAL_CENTRES, 3, 0.5, 300, 2);
    const s = fidSplit(a, b);
    expect(s.mean_term + s.trace_term).toBeCloseTo(s.fid_features, 12);
    const rows = (x: Float64Array) =>
      Array.from({ length: x.length / 2 }, (_, i) => [x[2 * i]!, x[2 * i + 1]!]);
    expect(s.fid_features).toBeCloseTo(fidFromFeatures(rows(a), rows(b)), 9);
  });

  it('is tiny for identical settings at N = 5,000 next to the one-mode value', () => {
    const same = fidEntry.compute(base).fid_features;
    const one = fidEntry.compute({ ...base, kept: 1 }).fid_features;
    expect(one).toBeGreaterThan(10);
    expect(same).toBeLessThan(0.05 * one);
  });

  it('sees a shift in the mean term and a spread of 0 in the trace term', () => {
    const ref = fidEntry.compute(base);
    const shifted = fidEntry.compute({
      ...base,
      centres: REAL_CENTRES.map((c, i) => (i % 2 === 0 ? c + 10 : c)),
    });
    expect(shifted.mean_term).toBeGreaterThan(ref.mean_term + 0.8);
    const point = fidEntry.compute({ ...base, spread: 0 });
    expect(point.trace_term).toBeGreaterThan(ref.trace_term + 0.01);
  });

  it('refuses off-grid arguments', () => {
    expect(() => fidEntry.compute({ ...base, spread: 0.15 })).toThrow();
    expect(() => fidEntry.compute({ ...base, n: 300 as 500 })).toThrow();
    expect(() => fidEntry.compute({ ...base, centres: [1, 2] })).toThrow();
  });
});

describe('transparent classifier and Inception Score', () => {
  it('gives rows that sum to 1 and a marginal that sums to 1', () => {
    const p = classProbabilities(sampleReal(50, 1));
    for (let i = 0; i < 50; i++) {
      let s = 0;
      for (let k = 0; k < MODES; k++) s += p[i * MODES + k]!;
      expect(s).toBeCloseTo(1, 12);
    }
    expect(marginal(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('does not fall when every mode shrinks to a point, while the trace term climbs', () => {
    const wide = isEntry.compute({ kept: 8, spread: 1, pick: 0 });
    const point = isEntry.compute({ kept: 8, spread: 0, pick: 0 });
    expect(point.mean).toBeGreaterThanOrEqual(wide.mean);
    expect(point.trace_term).toBeGreaterThan(wide.trace_term);
  });

  it('falls to 1 with one mode at spread 0', () => {
    const eight = isEntry.compute({ kept: 8, spread: 1, pick: 0 });
    const one = isEntry.compute({ kept: 1, spread: 1, pick: 0 });
    expect(one.mean).toBeLessThan(eight.mean / 2);
    expect(isEntry.compute({ kept: 1, spread: 0, pick: 0 }).mean).toBeCloseTo(1, 9);
  });

  it('returns p(y|x) of the picked sample', () => {
    const r = isEntry.compute({ kept: 8, spread: 1, pick: 5 });
    expect(r.picked).toHaveLength(MODES);
    expect(r.picked_max).toBe(Math.max(...r.picked));
  });
});

describe('small samples', () => {
  it('is biased upwards at N = 50', () => {
    const r = smallEntry.compute({ seed: 1 });
    expect(r.sizes).toEqual([50, 500, 5000]);
    expect(r.mean[0]!).toBeGreaterThan(r.mean[1]!);
    expect(r.mean[1]!).toBeGreaterThan(r.mean[2]!);
    expect(smallSampleFid(1)).toEqual(r);
  });
});
