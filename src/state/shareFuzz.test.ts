/**
 * Fuzz test of share-link decoding over every widget of the app (review F1,
 * F5, F6): decode never throws, never yields a state that fails its widget's
 * schema, re-encodes what it accepts to the same states, and stays fast. The
 * unit gate runs it from one fixed seed (test/setup/fastCheckSeed.ts);
 * `npm run fuzz` runs it from fresh seeds and this file then prints the
 * slowest input's decode time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { deflateSync } from 'fflate';
import { encodeBase64url } from '../lib/base64url';
import { decodeShare, encodeShare, MAX_SHARE_DEPTH } from './share';
import { applySharedLink } from './applyShare';
import { createAppStore } from './store';
import { lookupWidget, type WidgetStateDescriptor } from './widgetState';

/** Every widget state the sections declare, found through their modules' exports. */
const modules = import.meta.glob<Record<string, unknown>>(
  ['../sections/**/state.ts', '../sections/**/*State.ts'],
  { eager: true },
);
const isDescriptor = (x: unknown): x is WidgetStateDescriptor<object> =>
  typeof x === 'object' && x !== null && 'id' in x && 'schema' in x && 'defaults' in x;
const widgets = [
  ...new Map(
    Object.values(modules)
      .flatMap((m) => Object.values(m))
      .filter(isDescriptor)
      .map((d) => [d.id, d] as const),
  ).values(),
];
const byId = new Map(widgets.map((w) => [w.id, w]));

/** The payload of a link carrying these raw bytes as its (compressed) JSON. */
const linkOfBytes = (bytes: Uint8Array) => `1.${encodeBase64url(deflateSync(bytes))}`;
const linkOfText = (text: string) => linkOfBytes(new TextEncoder().encode(text));

let slowest = { ms: 0, input: '' };
/** Decodes with timing, and checks the invariants every decode must keep. */
function checkedDecode(param: string) {
  const start = performance.now();
  const decoded = decodeShare(param, lookupWidget);
  const ms = performance.now() - start;
  if (ms > slowest.ms) slowest = { ms, input: param.slice(0, 120) };
  for (const [id, state] of Object.entries(decoded.states)) {
    const w = byId.get(id);
    expect(w, `accepted an unknown widget ${id}`).toBeDefined();
    expect(v.safeParse(w!.schema, state).success, `${id} state fails its schema`).toBe(true);
  }
  // What was accepted comes back the same, with no problem, from its own link.
  const again = decodeShare(encodeShare(decoded.states), lookupWidget);
  expect(again.problems).toEqual([]);
  expect(again.states).toEqual(decoded.states);
  return decoded;
}

/** Values that break schemas: off-grid, out of range, wrong types, tiny, huge, deep. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.constantFrom(0.5123, 0.501, 0.597, 5e-324, 1e-300, -0, 1e308, -1, 1.5, 2 ** 31),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A widget's defaults with one leaf (at any depth) replaced by a hostile value. */
function mutatedState(defaults: object): fc.Arbitrary<unknown> {
  const leaves: (string | number)[][] = [];
  const walk = (x: unknown, path: (string | number)[]) => {
    if (typeof x === 'object' && x !== null) {
      for (const [k, val] of Object.entries(x)) walk(val, [...path, Array.isArray(x) ? Number(k) : k]);
    } else leaves.push(path);
  };
  walk(defaults, []);
  if (leaves.length === 0) return fc.constant(defaults);
  return fc
    .tuple(fc.constantFrom(...leaves), hostileValue, fc.double({ min: -0.2, max: 0.2 }))
    .map(([path, value, delta]) => {
      const copy = structuredClone(defaults) as Record<string | number, unknown>;
      let at: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      const old = at[last];
      // Half the time nudge a number off its grid, else put a hostile value in.
      at[last] = typeof old === 'number' && delta > 0 ? old + delta / 7 : value;
      return copy;
    });
}

const widgetId = fc.constantFrom(...widgets.map((w) => w.id));
const someLink = fc.oneof(
  // One or more widgets, each mutated.
  fc
    .uniqueArray(widgetId, { minLength: 1, maxLength: 4 })
    .chain((ids) =>
      fc.tuple(...ids.map((id) => mutatedState(byId.get(id)!.defaults).map((s) => [id, s] as const))),
    )
    .map((entries) => linkOfText(JSON.stringify(Object.fromEntries(entries)))),
  // Arbitrary JSON objects with known and unknown keys.
  fc
    .dictionary(fc.oneof(widgetId, fc.string()), hostileValue, { maxKeys: 8 })
    .map((o) => linkOfText(JSON.stringify(o))),
  // Raw bytes, compressed or not.
  fc.uint8Array({ maxLength: 2000 }).map(linkOfBytes),
  fc.uint8Array({ maxLength: 2000 }).map((b) => `1.${encodeBase64url(b)}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

describe('share-link fuzz over every widget schema', () => {
  it('finds the widgets of every section', () => {
    expect(widgets.length).toBeGreaterThanOrEqual(20);
    for (const w of widgets) expect(lookupWidget(w.id), w.id).toBeDefined();
  });

  it('never throws, and only yields states that pass their schema and round-trip', () => {
    fc.assert(fc.property(someLink, (param) => void checkedDecode(param)));
  });

  it('round-trips every widget’s defaults and leaves them out of the states', () => {
    for (const w of widgets) {
      const decoded = checkedDecode(encodeShare({ [w.id]: w.defaults }));
      expect(decoded.problems).toEqual([]);
      expect(decoded.states).toEqual({});
    }
  });

  it('accepts no state nested deeper than the depth limit allows (the limit leaves room for every widget)', () => {
    const depth = (x: unknown): number =>
      typeof x === 'object' && x !== null ? 1 + Math.max(0, ...Object.values(x).map(depth)) : 0;
    for (const w of widgets) expect(1 + depth(w.defaults), w.id).toBeLessThanOrEqual(MAX_SHARE_DEPTH);
  });

  it('refuses the review’s hostile links (off-grid threshold, deep nesting) and applies them linearly', () => {
    const threshold = checkedDecode(linkOfText('{"segmentation.threshold":{"threshold":0.5123}}'));
    expect(threshold.states).toEqual({});
    expect(threshold.problems.map((p) => p.kind)).toEqual(['invalid-state']);
    const deep = checkedDecode(linkOfText('['.repeat(500_000) + ']'.repeat(500_000)));
    expect(deep.problems.map((p) => p.kind)).toEqual(['malformed']);
    const own = createAppStore();
    applySharedLink(
      own,
      linkOfText('{"image-quality.own":{"kind":"noise","level":10,"own":true,"ownNotShared":false}}'),
    );
    expect(own.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/never put in links/)]);
  });
});

afterAll(() => {
  if (process.env.FC_SEED !== undefined)
    console.log(
      `share fuzz: slowest decode ${slowest.ms.toFixed(1)} ms for ${JSON.stringify(slowest.input)}`,
    );
});
