import { describe, expect, it } from 'vitest';
import { memorySelfCheckStore, selfCheckIdForHash } from './selfCheckStore';

describe('self-check store', () => {
  it('keeps answers per self-check, tells listeners, and clears one self-check', () => {
    const store = memorySelfCheckStore();
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.answer('a', 'q1', 'x');
    store.answer('b', 'q1', 'y');
    expect(store.get('a')).toEqual({ q1: 'x' });
    const before = store.get('b');
    store.clear('a');
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toBe(before);
    expect(calls).toBe(3);
    stop();
    store.answer('a', 'q2', 'z');
    expect(calls).toBe(3);
  });

  it('names a page’s self-check after its route', () => {
    expect(selfCheckIdForHash('#/depth?s=1.abc')).toBe('depth.selfcheck');
    expect(selfCheckIdForHash('#/image-quality')).toBe('image-quality.selfcheck');
    expect(selfCheckIdForHash('')).toBe('page.selfcheck');
  });
});
