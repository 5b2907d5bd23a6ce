import { describe, expect, it } from 'vitest';
import { depthSceneEntries } from './entries';
import type { DepthSceneResult } from './depthScene';

const entry = depthSceneEntries.find((e) => e.id === 'depth_scene')!;

describe('depth_scene entry', () => {
  it('reads snake_case args with defaults and computes the scene in one request', () => {
    const r = entry.compute({}) as DepthSceneResult;
    expect(r.metrics.rmse).toBeCloseTo(0, 12);
    expect(r.maps).not.toBeNull();
    const scaled = entry.compute({ scale: 2, maps: false }) as DepthSceneResult;
    expect(scaled.metrics.a1).toBe(0);
    expect(scaled.maps).toBeNull();
  });

  it('accepts an infinite max_depth (no cap) and a sky fill', () => {
    const r = entry.compute({ max_depth: Infinity, sky_fill: 80, maps: false }) as DepthSceneResult;
    expect(r.metrics.rmse).toBeCloseTo(0, 12);
    expect(r.naive.rmse!).toBeGreaterThan(0);
  });

  it('names the bad argument', () => {
    expect(() => entry.compute({ scale: 'big' })).toThrow(/scale/);
    expect(() => entry.compute({ near_noise: 3 })).toThrow(/near_noise/);
    expect(() => entry.compute({ median_scaling: 1 })).toThrow(/median_scaling/);
    expect(() => entry.compute({ max_depth: NaN })).toThrow(/max_depth/);
    expect(() => entry.compute({ sky_fill: -1 })).toThrow(/sky_fill/);
  });
});
