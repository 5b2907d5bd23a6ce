import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  decodeShare,
  encodeShare,
  jsonNestsDeeper,
  MAX_SHARE_DEPTH,
  MAX_SHARE_JSON_BYTES,
  readSharePayload,
  SHARE_VERSION,
} from './share';
import { defineWidgetState, lookupWidget } from './widgetState';

const boxes = defineWidgetState({
  id: 'test-share.boxes',
  title: 'Boxes',
  schema: v.object({
    x: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)),
    label: v.string(),
    shown: v.array(v.boolean()),
  }),
  defaults: { x: 10, label: 'car', shown: [true] },
});

const slider = defineWidgetState({
  id: 'test-share.slider',
  title: 'Blur slider',
  schema: v.object({ sigma: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)) }),
  defaults: { sigma: 1.5 },
});

const boxesState = fc.record({
  x: fc.integer({ min: 0, max: 500 }),
  label: fc.string({ unit: 'grapheme' }),
  shown: fc.array(fc.boolean(), { maxLength: 8 }),
});
const sliderState = fc.record({ sigma: fc.double({ min: 0, max: 10, noNaN: true }) });

const validStates = fc.record(
  { [boxes.id]: boxesState, [slider.id]: sliderState } as Record<string, fc.Arbitrary<object>>,
  { requiredKeys: [] },
);

const schemaOf = (id: string) => (id === boxes.id ? boxes.schema : slider.schema);

function withoutDefaults(states: Partial<Record<string, object>>): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [id, state] of Object.entries(states)) {
    if (state === undefined) continue;
    const defaults = id === boxes.id ? boxes.defaults : slider.defaults;
    if (JSON.stringify(state) !== JSON.stringify(defaults)) out[id] = state;
  }
  return out;
}

describe('encodeShare', () => {
  it('writes version 1, a dot, then unpadded base64url of raw DEFLATE of the UTF-8 JSON', () => {
    const states = { [slider.id]: { sigma: 3 }, [boxes.id]: { x: 7, label: 'person ✓', shown: [] } };
    const param = encodeShare(states);
    const [version, payload] = param.split('.');
    expect(version).toBe(String(SHARE_VERSION));
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const json = inflateRawSync(Buffer.from(payload ?? '', 'base64url')).toString('utf8');
    expect(JSON.parse(json)).toEqual(states);
  });

  it('gives the same link for the same states in any key order', () => {
    const a = encodeShare({ [boxes.id]: { x: 1, label: '', shown: [] }, [slider.id]: { sigma: 2 } });
    const b = encodeShare({ [slider.id]: { sigma: 2 }, [boxes.id]: { x: 1, label: '', shown: [] } });
    expect(a).toBe(b);
  });
});

describe('decodeShare', () => {
  it('round-trips random valid states (defaults are left out)', () => {
    fc.assert(
      fc.property(validStates, (states) => {
        const decoded = decodeShare(encodeShare(states), lookupWidget);
        expect(decoded.problems).toEqual([]);
        expect(decoded.states).toEqual(withoutDefaults(states));
      }),
    );
  });

  it('never throws on random text and only ever returns schema-valid states', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `1.${s}`),
        ),
        (text) => {
          const decoded = decodeShare(text, lookupWidget);
          for (const [id, state] of Object.entries(decoded.states)) {
            expect(v.safeParse(schemaOf(id), state).success).toBe(true);
          }
          expect(decoded.states).toEqual({});
          expect(decoded.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('never throws on mutated, truncated or extended valid links', () => {
    const mutation = fc.record({
      at: fc.nat(),
      cut: fc.nat(),
      insert: fc.string({ maxLength: 4 }),
      mode: fc.constantFrom('replace', 'truncate', 'insert', 'flip'),
    });
    fc.assert(
      fc.property(validStates, mutation, (states, m) => {
        const param = encodeShare(states);
        const at = m.at % (param.length + 1);
        let mutated = param;
        if (m.mode === 'truncate') mutated = param.slice(0, at);
        if (m.mode === 'insert') mutated = param.slice(0, at) + m.insert + param.slice(at);
        if (m.mode === 'replace') mutated = param.slice(0, at) + m.insert + param.slice(at + 1 + (m.cut % 3));
        if (m.mode === 'flip' && at < param.length) {
          const ch = param[at] === 'A' ? 'B' : 'A';
          mutated = param.slice(0, at) + ch + param.slice(at + 1);
        }
        const decoded = decodeShare(mutated, lookupWidget);
        for (const [id, state] of Object.entries(decoded.states)) {
          expect(v.safeParse(schemaOf(id), state).success).toBe(true);
        }
      }),
    );
  });

  it('reports a link from a future version as such', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: SHARE_VERSION + 1, max: 999_999_999 }),
        validStates,
        (version, states) => {
          const payload = encodeShare(states).split('.')[1] ?? '';
          const decoded = decodeShare(`${version}.${payload}`, lookupWidget);
          expect(decoded.states).toEqual({});
          expect(decoded.problems).toEqual([{ kind: 'future-version', version }]);
        },
      ),
    );
  });

  it('reports damaged links as malformed', () => {
    for (const bad of [
      '',
      '1',
      '1.',
      'x.abc',
      '01.abc',
      '0.abc',
      '1.@@@',
      '1.Zg==',
      `1.${'A'.repeat(300_000)}`,
    ]) {
      const decoded = decodeShare(bad, lookupWidget);
      expect(decoded.states).toEqual({});
      expect(decoded.problems.map((p) => p.kind)).toEqual(['malformed']);
    }
  });

  it('reports a payload that is JSON but not an object as malformed', () => {
    for (const json of ['[1,2]', 'null', '"text"', '3']) {
      const param = `1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
      expect(readSharePayload(param)).toEqual({
        ok: false,
        problem: { kind: 'malformed', reason: 'not an object' },
      });
    }
  });

  it('reports a payload that is not UTF-8 or not JSON as malformed', () => {
    for (const bytes of [Buffer.from([0xff, 0xfe, 0x7b]), Buffer.from('{"a":')]) {
      const param = `1.${deflateRawSync(bytes).toString('base64url')}`;
      expect(readSharePayload(param).ok).toBe(false);
    }
  });

  it('refuses a payload that inflates beyond the size limit', () => {
    const param = `1.${deflateRawSync(Buffer.alloc(MAX_SHARE_JSON_BYTES + 10, 0x20)).toString('base64url')}`;
    expect(param.length).toBeLessThan(20_000);
    expect(readSharePayload(param)).toEqual({
      ok: false,
      problem: { kind: 'malformed', reason: 'too large' },
    });
  });

  it('ignores unknown widgets and resets only invalid ones', () => {
    const param = encodeShare({
      'nowhere.widget': { a: 1 },
      [boxes.id]: { x: -4, label: 'car', shown: [] },
      [slider.id]: { sigma: 4 },
    });
    const decoded = decodeShare(param, lookupWidget);
    expect(decoded.states).toEqual({ [slider.id]: { sigma: 4 } });
    expect(decoded.problems).toEqual([
      { kind: 'unknown-widget', id: 'nowhere.widget' },
      { kind: 'invalid-state', id: boxes.id, title: 'Boxes' },
    ]);
  });

  it('does not let a "__proto__" key reach the states', () => {
    const param = encodeShare(JSON.parse('{"__proto__": {"sigma": 2}}') as Record<string, unknown>);
    const decoded = decodeShare(param, lookupWidget);
    expect(Object.keys(decoded.states)).toEqual([]);
    expect(decoded.problems).toEqual([{ kind: 'unknown-widget', id: '__proto__' }]);
  });

  it('refuses links nested deeper than any widget state before parsing them (the review’s F6 links)', () => {
    // 266-337 ms before, all of it in JSON.parse of the whole text; now the byte scan stops at the limit.
    const parse = vi.spyOn(JSON, 'parse');
    const deepArrays = '['.repeat(500_000) + ']'.repeat(500_000);
    const deepObjects = '{"a":'.repeat(300_000) + '1' + '}'.repeat(300_000);
    for (const json of [deepArrays, `{"x":${deepArrays}}`, deepObjects]) {
      const param = `1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
      expect(readSharePayload(param)).toEqual({
        ok: false,
        problem: { kind: 'malformed', reason: 'nested too deep' },
      });
    }
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});

describe('jsonNestsDeeper', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestsDeeper(enc('{"a":[[1]]}'), 3)).toBe(false);
    expect(jsonNestsDeeper(enc('{"a":[[1]]}'), 2)).toBe(true);
    expect(jsonNestsDeeper(enc(`{"a":"${'['.repeat(100)}"}`), 1)).toBe(false);
    expect(jsonNestsDeeper(enc('{"a\\\\":[1],"b\\"[[[":2}'), 2)).toBe(false);
  });

  it('agrees with the nesting depth of any JSON value', () => {
    const depth = (x: unknown): number =>
      typeof x === 'object' && x !== null ? 1 + Math.max(0, ...Object.values(x).map(depth)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 8 }), (value, max) => {
        expect(jsonNestsDeeper(enc(JSON.stringify(value)), max)).toBe(depth(value) > max);
      }),
    );
  });

  it('leaves room for the deepest widget state', () => {
    expect(MAX_SHARE_DEPTH).toBeGreaterThanOrEqual(8);
  });
});
