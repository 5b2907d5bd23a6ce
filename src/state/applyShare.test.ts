import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { applySharedLink } from './applyShare';
import { encodeShare, type ShareProblem } from './share';
import { createAppStore } from './store';
import { readWidgetState, updateWidgetState } from './useWidgetState';
import { defineWidgetState } from './widgetState';

const photo = defineWidgetState({
  id: 'test-apply-state.photo',
  title: 'Photo',
  schema: v.object({ own: v.boolean(), level: v.number() }),
  defaults: { own: false, level: 1 },
  sharedNotice: (s) => (s.level > 5 ? 'Strong level restored.' : null),
});
const knob = defineWidgetState({
  id: 'test-apply-state.knob',
  schema: v.object({ k: v.number() }),
  defaults: { k: 0 },
});

describe('applySharedLink (state layer)', () => {
  it('restores the linked states and resets widgets the link does not mention', () => {
    const store = createAppStore();
    updateWidgetState(store, knob, { k: 9 });
    applySharedLink(store, encodeShare({ [photo.id]: { own: false, level: 3 } }));
    expect(readWidgetState(store, photo)).toEqual({ own: false, level: 3 });
    expect(readWidgetState(store, knob)).toEqual({ k: 0 });
    expect(store.getState().notices).toEqual([]);
  });

  it('words problems only through the caller’s describe, before the widgets’ own notices', () => {
    const store = createAppStore();
    const seen: ShareProblem[][] = [];
    applySharedLink(store, encodeShare({ [photo.id]: { own: false, level: 8 }, nope: 1 }), {
      describe: (problems) => {
        seen.push([...problems]);
        return [`${problems.length} problem(s)`];
      },
    });
    expect(seen).toEqual([[{ kind: 'unknown-widget', id: 'nope' }]]);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['1 problem(s)', 'Strong level restored.']);
  });

  it('adds no problem notice without describe', () => {
    const store = createAppStore();
    applySharedLink(store, '1.damaged');
    expect(store.getState().notices).toEqual([]);
  });

  it('drops the widgets owns rejects and reports them as another page’s', () => {
    const store = createAppStore();
    const decoded = applySharedLink(
      store,
      encodeShare({ [photo.id]: { own: false, level: 3 }, [knob.id]: { k: 2 } }),
      { owns: (id) => id === knob.id },
    );
    expect(decoded.states).toEqual({ [knob.id]: { k: 2 } });
    expect(decoded.problems).toEqual([{ kind: 'other-page-widget', id: photo.id }]);
    expect(readWidgetState(store, photo)).toEqual(photo.defaults);
  });
});
