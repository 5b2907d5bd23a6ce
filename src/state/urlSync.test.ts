import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { decodeShare } from './share';
import { splitHash } from './location';
import { createAppStore } from './store';
import { updateWidgetState } from './useWidgetState';
import { shareLinkFor, sharedStates, startUrlSync, syncedHash } from './urlSync';
import { defineWidgetState, lookupWidget } from './widgetState';

const blur = defineWidgetState({
  id: 'test-sync.blur',
  schema: v.object({ sigma: v.number(), own: v.boolean() }),
  defaults: { sigma: 1, own: false },
  toShare: (s) => ({ ...s, own: false }),
});
const isSection = (path: string) => path === '/image-quality';

describe('sharedStates', () => {
  it('takes only mounted, non-default widgets, in their shareable form', () => {
    const state = {
      widgets: { [blur.id]: { sigma: 2, own: true }, 'test-sync.gone': { x: 1 } },
      mounted: { [blur.id]: 1 },
    };
    expect(sharedStates(state)).toEqual({ [blur.id]: { sigma: 2, own: false } });
  });

  it('leaves out a state that is default once made shareable', () => {
    expect(
      sharedStates({ widgets: { [blur.id]: { sigma: 1, own: true } }, mounted: { [blur.id]: 1 } }),
    ).toEqual({});
  });
});

describe('syncedHash', () => {
  it('writes s on section pages, keeps w, and drops s when all is default', () => {
    const state = { widgets: { [blur.id]: { sigma: 3, own: false } }, mounted: { [blur.id]: 1 } };
    const hash = syncedHash('#/image-quality?w=test-sync.blur', state, isSection);
    const { path, query } = splitHash(hash ?? '');
    expect(path).toBe('/image-quality');
    expect(query.w).toBe('test-sync.blur');
    expect(decodeShare(query.s ?? '', lookupWidget).states).toEqual({ [blur.id]: { sigma: 3, own: false } });
    expect(syncedHash('#/image-quality?s=1.old', { widgets: {}, mounted: {} }, isSection)).toBe(
      '#/image-quality',
    );
  });

  it('leaves pages that are not sections alone', () => {
    expect(syncedHash('#/about', { widgets: {}, mounted: {} }, isSection)).toBeNull();
  });
});

describe('shareLinkFor', () => {
  it('builds the page address with s and w, even when every widget is at its defaults', () => {
    const link = shareLinkFor('test-sync.blur', 'https://x.org/app/?q=1#/image-quality?s=1.old', {
      widgets: {},
      mounted: {},
    });
    expect(link.startsWith('https://x.org/app/?q=1#/image-quality?s=1.')).toBe(true);
    const { query } = splitHash(link.slice(link.indexOf('#')));
    expect(query.w).toBe('test-sync.blur');
    expect(decodeShare(query.s ?? '', lookupWidget)).toEqual({ states: {}, problems: [] });
  });
});

describe('startUrlSync', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Fake timers, a store on '#/image-quality' synced to a fake address bar, blur mounted at sigma 2. */
  function startSyncedPage() {
    vi.useFakeTimers();
    const store = createAppStore();
    const page = { hash: '#/image-quality' };
    store.getState().navigate(page.hash);
    const writeHash = vi.fn((h: string) => {
      page.hash = h;
    });
    const stop = startUrlSync(store, {
      isSectionPath: isSection,
      delayMs: 250,
      readHash: () => page.hash,
      writeHash,
    });
    store.getState().mountWidget(blur.id);
    updateWidgetState(store, blur, { sigma: 2 });
    return { store, page, writeHash, stop };
  }

  it('rewrites the hash once, after the changes settle', () => {
    const { store, page, writeHash, stop } = startSyncedPage();
    vi.advanceTimersByTime(200);
    updateWidgetState(store, blur, { sigma: 4 });
    vi.advanceTimersByTime(200);
    expect(writeHash).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(writeHash).toHaveBeenCalledTimes(1);
    expect(decodeShare(splitHash(page.hash).query.s ?? '', lookupWidget).states).toEqual({
      [blur.id]: { sigma: 4, own: false },
    });
    store.getState().addNotice('unrelated');
    store.getState().keepOwnFiles(blur.id, { pixels: [1, 2, 3] });
    vi.advanceTimersByTime(1000);
    expect(writeHash).toHaveBeenCalledTimes(1);
    stop();
    updateWidgetState(store, blur, { sigma: 5 });
    vi.advanceTimersByTime(1000);
    expect(writeHash).toHaveBeenCalledTimes(1);
  });

  it('leaves a newly opened link alone until the app has handled its navigation', () => {
    const { store, page, writeHash, stop } = startSyncedPage();
    // the reader pastes a link before the debounced rewrite runs; hashchange has not fired yet
    const pasted = '#/image-quality?s=1.pasted';
    page.hash = pasted;
    vi.advanceTimersByTime(300);
    expect(writeHash).not.toHaveBeenCalled();
    expect(page.hash).toBe(pasted);
    // once the navigation is handled, later changes are written again
    store.getState().navigate(pasted);
    updateWidgetState(store, blur, { sigma: 3 });
    vi.advanceTimersByTime(300);
    expect(writeHash).toHaveBeenCalledTimes(1);
    // and after its own rewrite the sync keeps writing
    updateWidgetState(store, blur, { sigma: 4 });
    vi.advanceTimersByTime(300);
    expect(writeHash).toHaveBeenCalledTimes(2);
    stop();
  });
});
