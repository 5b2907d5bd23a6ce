import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createAppStore } from './store';
import { readWidgetState, resetWidgetState, updateWidgetState } from './useWidgetState';
import { defineWidgetState, lookupWidget, WidgetStateError } from './widgetState';

const counter = defineWidgetState({
  id: 'test-store.counter',
  title: 'Counter',
  schema: v.object({ n: v.pipe(v.number(), v.integer(), v.minValue(0)), name: v.string() }),
  defaults: { n: 0, name: 'a' },
});

describe('defineWidgetState', () => {
  it('registers the widget so links can find it', () => {
    const widget = lookupWidget(counter.id);
    expect(widget?.title).toBe('Counter');
    expect(widget?.parse({ n: 2, name: 'b' })).toEqual({ n: 2, name: 'b' });
    expect(widget?.parse({ n: -1, name: 'b' })).toBeNull();
    expect(widget?.parse('nonsense')).toBeNull();
  });

  it('refuses defaults that break the schema, and bad ids', () => {
    expect(() =>
      defineWidgetState({
        id: 'test-store.bad',
        schema: v.object({ n: v.number() }),
        defaults: { n: 'x' } as never,
      }),
    ).toThrow(/test-store\.bad.*defaults/);
    expect(() => defineWidgetState({ id: 'has space', schema: v.object({}), defaults: {} })).toThrow(
      WidgetStateError,
    );
  });

  it('uses the id as the title when none is given', () => {
    const d = defineWidgetState({ id: 'test-store.untitled', schema: v.object({}), defaults: {} });
    expect(d.title).toBe('test-store.untitled');
  });
});

describe('widget states in the store', () => {
  it('starts at the defaults and stores nothing for untouched widgets', () => {
    const store = createAppStore();
    expect(readWidgetState(store, counter)).toEqual({ n: 0, name: 'a' });
    expect(store.getState().widgets).toEqual({});
  });

  it('merges a partial state and applies updaters to the current state', () => {
    const store = createAppStore();
    updateWidgetState(store, counter, { n: 3 });
    expect(readWidgetState(store, counter)).toEqual({ n: 3, name: 'a' });
    updateWidgetState(store, counter, (prev) => ({ n: prev.n + 2 }));
    expect(readWidgetState(store, counter)).toEqual({ n: 5, name: 'a' });
  });

  it('drops a state that returns to the defaults, so links stay short', () => {
    const store = createAppStore();
    updateWidgetState(store, counter, { n: 1 });
    expect(Object.keys(store.getState().widgets)).toEqual([counter.id]);
    updateWidgetState(store, counter, { n: 0 });
    expect(store.getState().widgets).toEqual({});
  });

  it('throws a WidgetStateError naming the widget and field for an invalid state, keeping the old one', () => {
    const store = createAppStore();
    updateWidgetState(store, counter, { n: 2 });
    expect(() => updateWidgetState(store, counter, { n: -1 })).toThrow(/test-store\.counter.*n/);
    expect(readWidgetState(store, counter).n).toBe(2);
  });

  it('resets a widget to its defaults', () => {
    const store = createAppStore();
    updateWidgetState(store, counter, { name: 'z' });
    resetWidgetState(store, counter.id);
    expect(readWidgetState(store, counter)).toEqual(counter.defaults);
  });

  it('counts mounted instances', () => {
    const store = createAppStore();
    const { mountWidget, unmountWidget } = store.getState();
    mountWidget('a');
    mountWidget('a');
    unmountWidget('a');
    expect(store.getState().mounted).toEqual({ a: 1 });
    unmountWidget('a');
    expect(store.getState().mounted).toEqual({});
  });
});

describe('notices', () => {
  it('adds, de-duplicates and dismisses notices', () => {
    const store = createAppStore();
    const first = store.getState().addNotice('Link damaged.');
    const again = store.getState().addNotice('Link damaged.');
    store.getState().addNotice('Other.');
    expect(again).toBe(first);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Link damaged.', 'Other.']);
    store.getState().dismissNotice(first);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Other.']);
    store.getState().clearNotices();
    expect(store.getState().notices).toEqual([]);
  });
});

describe('theme', () => {
  it('toggles between light and dark as the reader’s choice', () => {
    const store = createAppStore();
    store.getState().setTheme('dark', false);
    expect(store.getState()).toMatchObject({ theme: 'dark', themeChosen: false });
    store.getState().toggleTheme();
    expect(store.getState()).toMatchObject({ theme: 'light', themeChosen: true });
  });
});
