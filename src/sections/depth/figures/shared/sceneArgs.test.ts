import { describe, expect, it } from 'vitest';
import { CAP_DEPTH, conventionArgs, mapArgs, skyFill } from './sceneArgs';

describe('skyFill', () => {
  it('is 0 m or the cap, and 0 m when there is no cap', () => {
    expect(skyFill('kitti', 'zero')).toBe(0);
    expect(skyFill('kitti', 'cap')).toBe(80);
    expect(skyFill('nyu', 'cap')).toBe(10);
    expect(skyFill('none', 'cap')).toBe(0);
  });
});

describe('mapArgs', () => {
  it('turns percent into fractions and evaluates with the KITTI cap', () => {
    expect(mapArgs({ scale: 1.5, nearNoise: 5, farNoise: 20, edgeBlur: 1 })).toEqual({
      scale: 1.5,
      near_noise: 0.05,
      far_noise: 0.2,
      edge_blur: 1,
      max_depth: 80,
      median_scaling: false,
      sky_fill: 0,
      maps: true,
    });
  });
});

describe('conventionArgs', () => {
  it('uses a noise-free model, the chosen cap, fill and median scaling', () => {
    const a = conventionArgs({ cap: 'none', fill: 'cap', medianScaling: true, scale: 2 });
    expect(a).toMatchObject({
      scale: 2,
      near_noise: 0,
      far_noise: 0,
      edge_blur: 0,
      median_scaling: true,
      sky_fill: 0,
    });
    expect(a.max_depth).toBe(Infinity);
    expect(conventionArgs({ cap: 'nyu', fill: 'cap', medianScaling: false, scale: 1 }).max_depth).toBe(
      CAP_DEPTH.nyu,
    );
  });
});
