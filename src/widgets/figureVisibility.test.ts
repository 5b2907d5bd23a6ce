import { describe, expect, it } from 'vitest';
import { ALWAYS_NEAR, createVisibilitySource, isNearViewport } from './figureVisibility';

describe('figure visibility', () => {
  it('counts a figure within one viewport above or below the screen as near', () => {
    const vh = 800;
    expect(isNearViewport({ top: 100, bottom: 400 }, vh)).toBe(true);
    expect(isNearViewport({ top: 1500, bottom: 1900 }, vh)).toBe(true);
    expect(isNearViewport({ top: -1700, bottom: -790 }, vh)).toBe(true);
    expect(isNearViewport({ top: 1601, bottom: 2000 }, vh)).toBe(false);
    expect(isNearViewport({ top: -2000, bottom: -801 }, vh)).toBe(false);
  });

  it('tells listeners of changes only, until they unsubscribe', () => {
    const vis = createVisibilitySource(false);
    const heard: boolean[] = [];
    const stop = vis.subscribe(() => heard.push(vis.near()));
    vis.set(false);
    vis.set(true);
    vis.set(true);
    stop();
    vis.set(false);
    expect(heard).toEqual([true]);
    expect(vis.near()).toBe(false);
  });

  it('treats a readout outside any figure as near', () => {
    expect(ALWAYS_NEAR.near()).toBe(true);
  });
});
