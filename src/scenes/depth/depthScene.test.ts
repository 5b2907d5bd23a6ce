import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { depthScene, type DepthSceneOptions } from './depthScene';

const perfect: DepthSceneOptions = {
  scale: 1,
  nearNoise: 0,
  farNoise: 0,
  edgeBlur: 0,
  maxDepth: 80,
  medianScaling: false,
  skyFill: 0,
  maps: false,
};

describe('depthScene', () => {
  it('scores a perfect prediction with zero errors and every delta 1', () => {
    const m = depthScene(perfect).metrics;
    for (const k of ['abs_rel', 'sq_rel', 'rmse', 'rmse_log', 'log10', 'silog', 'abs_error'] as const) {
      expect(m[k]).toBeCloseTo(0, 12);
    }
    expect([m.a1, m.a2, m.a3]).toEqual([1, 1, 1]);
    // the sky is skipped: not every pixel is counted
    expect(m.valid).toBeLessThan(160 * 120);
  });

  it('fails delta < 1.25 on every valid pixel at scale 2, and median scaling restores it', () => {
    const off = depthScene({ ...perfect, scale: 2 }).metrics;
    expect(off.a1).toBe(0);
    expect(off.abs_rel).toBeCloseTo(1, 12);
    const on = depthScene({ ...perfect, scale: 2, medianScaling: true }).metrics;
    expect(on.a1).toBe(1);
    expect(on.abs_rel).toBeCloseTo(0, 12);
    expect(on.scale).toBeCloseTo(0.5, 12);
  });

  it('changes the numbers when the cap goes from KITTI 80 m to NYU 10 m', () => {
    const kitti = depthScene({ ...perfect, scale: 1.5 }).metrics;
    const nyu = depthScene({ ...perfect, scale: 1.5, maxDepth: 10 }).metrics;
    expect(nyu.valid).toBeLessThan(kitti.valid);
    expect(Math.abs(nyu.rmse! - kitti.rmse!)).toBeGreaterThan(0.1);
    const none = depthScene({ ...perfect, scale: 1.5, maxDepth: Infinity }).metrics;
    expect(none.valid).toBe(kitti.valid);
  });

  it('keeps the main numbers blind to the sky while the naive readout depends on the fill', () => {
    const zero = depthScene({ ...perfect, skyFill: 0 });
    const cap = depthScene({ ...perfect, skyFill: 80 });
    expect(zero.metrics).toEqual(cap.metrics);
    expect(zero.metrics.rmse).toBeCloseTo(0, 12);
    expect(zero.naive.rmse!).toBeGreaterThan(1);
    expect(cap.naive.rmse!).not.toBeCloseTo(zero.naive.rmse!, 3);
    expect(zero.naive.a1!).toBeLessThan(1);
    expect(zero.naive.pixels).toBe(160 * 120);
  });

  it('gives far noise a larger RMSE and near noise a larger AbsRel at the same sigma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.constantFrom(0, 1, 2), (pct, blur) => {
        const near = depthScene({ ...perfect, edgeBlur: blur, nearNoise: pct / 100 }).metrics;
        const far = depthScene({ ...perfect, edgeBlur: blur, farNoise: pct / 100 }).metrics;
        return far.rmse! > near.rmse! && near.abs_rel! > far.abs_rel!;
      }),
      { numRuns: 15 },
    );
  });

  it('splits the errors by band so that the parts add up to RMSE^2 and AbsRel', () => {
    const r = depthScene({ ...perfect, nearNoise: 0.05, farNoise: 0.05, edgeBlur: 1 });
    const mse = r.bands.reduce((s, b) => s + b.mse_part!, 0);
    const absRel = r.bands.reduce((s, b) => s + b.abs_rel_part!, 0);
    expect(Math.sqrt(mse)).toBeCloseTo(r.metrics.rmse!, 10);
    expect(absRel).toBeCloseTo(r.metrics.abs_rel!, 10);
    expect(r.bands.reduce((s, b) => s + b.pixels, 0)).toBe(r.metrics.valid);
    // equal relative noise: far pixels dominate the squared error
    const near = r.bands[0]!;
    const far = r.bands[3]!;
    expect(far.rmse_share!).toBeGreaterThan(near.rmse_share!);
    expect(r.near_pixels / r.far_pixels).toBeGreaterThanOrEqual(2);
    expect(r.near_pixels / r.far_pixels).toBeLessThanOrEqual(10);
  });

  it('returns maps that agree with the metrics', () => {
    const r = depthScene({ ...perfect, scale: 1.2, maps: true });
    const maps = r.maps!;
    expect(maps.gt.length).toBe(160 * 120);
    let sum = 0;
    let counted = 0;
    for (let i = 0; i < maps.absError.length; i++) {
      if (maps.counted[i]) {
        counted++;
        sum += maps.absError[i]!;
        expect(maps.relError[i]).toBeCloseTo(0.2, 5);
      } else expect(maps.absError[i]).toBe(0);
    }
    expect(counted).toBe(r.metrics.valid);
    expect(sum / counted).toBeCloseTo(r.metrics.abs_error!, 4);
    expect(depthScene(perfect).maps).toBeNull();
  });

  it('reports the fixed sky prediction, which is what the maps hold where there is no ground truth', () => {
    const r = depthScene({ ...perfect, scale: 1.7, edgeBlur: 2, maps: true });
    const maps = r.maps!;
    let sky = 0;
    for (let i = 0; i < maps.gt.length; i++) {
      if (maps.gt[i]! > 0) continue;
      sky++;
      expect(Math.abs(maps.pred[i]! - r.sky_prediction)).toBeLessThan(1e-5);
    }
    expect(sky).toBeGreaterThan(0);
    expect(r.sky_prediction).toBeGreaterThan(0);
  });

  it('rejects a cap at or below the floor', () => {
    expect(() => depthScene({ ...perfect, maxDepth: 0 })).toThrow(/max_depth/);
    expect(() => depthScene({ ...perfect, maxDepth: NaN })).toThrow(/max_depth/);
  });
});
