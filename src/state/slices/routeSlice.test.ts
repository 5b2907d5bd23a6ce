import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';

describe('route slice', () => {
  it('starts at key 0 and counts navigations, reading path and query from the hash', () => {
    const store = createAppStore();
    expect(store.getState().location.key).toBe(0);
    store.getState().navigate('#/detection?s=1.abc&w=detection.presets');
    expect(store.getState().location).toEqual({
      path: '/detection',
      query: { s: '1.abc', w: 'detection.presets' },
      key: 1,
    });
    expect(store.getState().navigatedHash).toBe('#/detection?s=1.abc&w=detection.presets');
    store.getState().navigate('#/detection');
    expect(store.getState().location).toEqual({ path: '/detection', query: {}, key: 2 });
  });

  it('lets a navigation’s link be applied once', () => {
    const store = createAppStore();
    expect(store.getState().claimLinkApply(3)).toBe(true);
    expect(store.getState().claimLinkApply(3)).toBe(false);
    expect(store.getState().claimLinkApply(4)).toBe(true);
    expect(store.getState().appliedLinkKey).toBe(4);
  });
});
