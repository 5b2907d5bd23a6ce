import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonEqual } from './jsonEqual';

describe('jsonEqual', () => {
  it('compares objects regardless of key order', () => {
    expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
  });

  it('tells different values apart', () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });

  it('treats undefined members as absent, like JSON.stringify', () => {
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('treats 0 and -0 as the same value, as JSON does', () => {
    expect(jsonEqual({ x: -0 }, { x: 0 })).toBe(true);
    expect(jsonEqual([0], [-0])).toBe(true);
  });

  it('agrees with a JSON round trip for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonEqual(value, JSON.parse(JSON.stringify(value)))).toBe(true);
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, b)).toBe(jsonEqual(b, a));
      }),
    );
  });
});
