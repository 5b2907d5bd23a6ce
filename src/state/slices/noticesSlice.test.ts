import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { MAX_NOTICES } from './noticesSlice';

describe('notices slice', () => {
  it(`keeps at most ${MAX_NOTICES} notices, dropping the oldest`, () => {
    const store = createAppStore();
    for (let i = 0; i < 1000; i++) store.getState().addNotice(`Notice ${i}.`);
    const texts = store.getState().notices.map((n) => n.text);
    expect(texts).toHaveLength(MAX_NOTICES);
    expect(texts.at(-1)).toBe('Notice 999.');
    expect(texts[0]).toBe(`Notice ${1000 - MAX_NOTICES}.`);
  });

  it('clears every notice at once (Dismiss all)', () => {
    const store = createAppStore();
    store.getState().addNotice('One.');
    store.getState().addNotice('Two.');
    store.getState().clearNotices();
    expect(store.getState().notices).toEqual([]);
  });
});
