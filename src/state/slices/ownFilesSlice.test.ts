import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';

describe('own-files slice', () => {
  it('keeps and forgets a widget’s own files without touching widget states', () => {
    const store = createAppStore();
    const files = { names: ['a.png'] };
    store.getState().keepOwnFiles('image-quality.own', files);
    expect(store.getState().ownFiles['image-quality.own']).toBe(files);
    expect(store.getState().widgets).toEqual({});
    store.getState().keepOwnFiles('image-quality.own', null);
    expect(store.getState().ownFiles).toEqual({});
    const before = store.getState().ownFiles;
    store.getState().keepOwnFiles('nothing', null);
    expect(store.getState().ownFiles).toBe(before);
  });
});
