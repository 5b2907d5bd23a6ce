import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { deflateSync } from 'fflate';
import { MAX_QUOTED_CHARS, openSharedLink as applySharedLink, problemNotices } from './linkNotices';
import { encodeShare } from '../state/share';
import { createAppStore } from '../state/store';
import { readWidgetState, updateWidgetState } from '../state/useWidgetState';
import { defineWidgetState } from '../state/widgetState';

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

describe('openSharedLink and problemNotices', () => {
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

  it('summarises 60,000 unknown figure ids in one notice (the review’s F1 link)', () => {
    const o: Record<string, number> = {};
    for (let i = 0; i < 60_000; i++) o[`w${i}`] = 0;
    const link = `1.${Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(o)))).toString('base64url')}`;
    expect(link.length).toBeLessThan(200_000);
    const store = createAppStore();
    applySharedLink(store, link);
    const texts = store.getState().notices.map((n) => n.text);
    expect(texts).toEqual([
      'This link mentions 60,000 figures this page does not have (“w0”, “w1”, “w2” and 59,997 more); they were ignored.',
    ]);
    // Before: one notice per id, each added with a search and a copy of the whole list (160 s for 50,000 ids).
  });

  it('quotes a very long unknown id cut to a few dozen characters', () => {
    const id = 'x'.repeat(3_900_000);
    const store = createAppStore();
    applySharedLink(store, encodeShare({ [id]: 1 }));
    const [text] = store.getState().notices.map((n) => n.text);
    expect(text).toContain(`“${'x'.repeat(MAX_QUOTED_CHARS - 1)}…”`);
    expect(text!.length).toBeLessThan(200);
  });

  it('gives one notice per kind of problem, whatever the number of problems', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string().map((id) => ({ kind: 'unknown-widget' as const, id })),
            fc.string().map((id) => ({ kind: 'other-page-widget' as const, id })),
            fc.string().map((title) => ({ kind: 'invalid-state' as const, id: title, title })),
            fc.constant({ kind: 'malformed' as const, reason: 'x' }),
            fc.integer({ min: 2, max: 9 }).map((version) => ({ kind: 'future-version' as const, version })),
          ),
        ),
        (problems) => {
          const kinds = new Set(problems.map((p) => p.kind));
          const notices = problemNotices(problems);
          expect(notices).toHaveLength(kinds.size);
          for (const n of notices) expect(n.length).toBeLessThan(400);
        },
      ),
    );
  });

  it('drops the figures of another page with one notice', () => {
    const store = createAppStore();
    const decoded = applySharedLink(
      store,
      encodeShare({ [painter.id]: { source: 'builtin', replaced: false, brush: 7 }, [other.id]: { k: 4 } }),
      (id) => id === painter.id,
    );
    expect(decoded.states).toEqual({ [painter.id]: { source: 'builtin', replaced: false, brush: 7 } });
    expect(readWidgetState(store, other)).toEqual({ k: 0 });
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'This link carries settings for a figure that belongs to another page (“test-apply.other”); they were ignored.',
    ]);
  });

  it('counts many figures of another page in one notice', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(problemNotices(ids.map((id) => ({ kind: 'other-page-widget' as const, id })))).toEqual([
      'This link carries settings for 5 figures that belong to another page (“a”, “b”, “c” and 2 more); they were ignored.',
    ]);
  });

  it('names several unreadable figures in one notice', () => {
    expect(
      problemNotices([
        { kind: 'invalid-state', id: 'a', title: 'Mask painter' },
        { kind: 'invalid-state', id: 'b', title: 'Threshold' },
      ]),
    ).toEqual([
      'The settings in this link for 2 figures (“Mask painter”, “Threshold”) could not be read, so those figures show their defaults.',
    ]);
  });
});
