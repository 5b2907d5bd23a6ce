import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineAndColumn, nonFiniteLiteral } from './readJson';

describe('readJson helpers', () => {
  it('finds line and column from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });

  it('finds NaN and Infinity outside strings only', () => {
    expect(nonFiniteLiteral('{"a": "NaN", "b": NaN}')).toEqual({ at: 18, token: 'NaN' });
    expect(nonFiniteLiteral('[1, -Infinity]')).toEqual({ at: 4, token: '-Infinity' });
    expect(nonFiniteLiteral('["Infinity \\" NaN"]')).toBeNull();
  });

  it('never reports a literal inside valid JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(nonFiniteLiteral(JSON.stringify(v))).toBeNull();
      }),
    );
  });
});
