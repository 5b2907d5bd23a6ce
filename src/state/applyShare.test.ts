import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { applySharedLink } from './applyShare';
import { encodeShare } from './share';
import { createAppStore } from './store';
import { readWidgetState, updateWidgetState } from './useWidgetState';
import { defineWidgetState } from './widgetState';

const painter = defineWidgetState({
  id: 'test-apply.painter',
  title: 'Mask painter',
  schema: v.object({ source: v.picklist(['builtin', 'own']), replaced: v.boolean(), brush: v.number() }),
  defaults: { source: 'builtin' as 'builtin' | 'own', replaced: false, brush: 3 },
  toShare: (s) => (s.source === 'own' ? { ...s, source: 'builtin' as const, replaced: true } : s),
  sharedNotice: (s) =>
    s.replaced ? 'Your own image is not put in links; this is the built-in example.' : null,
});
const other = defineWidgetState({
  id: 'test-apply.other',
  schema: v.object({ k: v.number() }),
  defaults: { k: 0 },
});

describe('applySharedLink', () => {
  it('restores the linked states and resets widgets the link does not mention', () => {
    const store = createAppStore();
    updateWidgetState(store, other, { k: 9 });
    applySharedLink(store, encodeShare({ [painter.id]: { source: 'builtin', replaced: false, brush: 7 } }));
    expect(readWidgetState(store, painter).brush).toBe(7);
    expect(readWidgetState(store, other)).toEqual({ k: 0 });
    expect(store.getState().notices).toEqual([]);
  });

  it('says in a notice when a link is damaged, and shows the defaults', () => {
    const store = createAppStore();
    updateWidgetState(store, other, { k: 9 });
    applySharedLink(store, '1.this-is-not-a-link');
    expect(readWidgetState(store, other)).toEqual({ k: 0 });
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'The settings in this link are damaged or incomplete, so this page shows its default settings.',
    ]);
  });

  it('names the figure whose settings could not be read', () => {
    const store = createAppStore();
    applySharedLink(store, encodeShare({ [painter.id]: { brush: 'big' }, [other.id]: { k: 2 } }));
    expect(readWidgetState(store, other)).toEqual({ k: 2 });
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'The settings in this link for the figure “Mask painter” could not be read, so that figure shows its defaults.',
    ]);
  });

  it('reports a link from a newer version', () => {
    const store = createAppStore();
    applySharedLink(store, '7.abc');
    expect(store.getState().notices[0]?.text).toMatch(/newer version.*format 7/);
  });

  it('shows the notice a restored widget asks for', () => {
    const store = createAppStore();
    applySharedLink(store, encodeShare({ [painter.id]: { source: 'builtin', replaced: true, brush: 3 } }));
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'Your own image is not put in links; this is the built-in example.',
    ]);
  });

  it('never throws on any text, and leaves only schema-valid states in the store', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string().map((x) => `1.${x}`),
          fc.record({ k: fc.oneof(fc.integer(), fc.string()) }).map((o) => encodeShare({ [other.id]: o })),
        ),
        (text) => {
          const store = createAppStore();
          applySharedLink(store, text);
          const state = readWidgetState(store, other);
          expect(typeof state.k).toBe('number');
          for (const id of Object.keys(store.getState().widgets))
            expect([painter.id, other.id]).toContain(id);
        },
      ),
    );
  });

  it('keeps the valid figures of a link whose other figure was tampered with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.jsonValue(), (k, junk) => {
        const store = createAppStore();
        applySharedLink(store, encodeShare({ [other.id]: { k }, [painter.id]: { brush: junk } }));
        expect(readWidgetState(store, other)).toEqual({ k });
        expect(readWidgetState(store, painter)).toEqual(painter.defaults);
        expect(store.getState().notices).toHaveLength(1);
      }),
    );
  });
});
