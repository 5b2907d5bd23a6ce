import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toJson } from './downloads';

describe('toCsv', () => {
  it('writes rows with CRLF line ends and quotes only the fields that need it', () => {
    expect(
      toCsv([
        ['category', 'ap', 'note'],
        ['person', 0.5, 'plain'],
        ['hot dog, large', 0.25, 'say "hi"'],
        ['multi\nline', -3, ' padded '],
      ]),
    ).toBe(
      'category,ap,note\r\nperson,0.5,plain\r\n"hot dog, large",0.25,"say ""hi"""\r\n"multi\nline",-3," padded "\r\n',
    );
  });

  it('writes numbers unrounded and 0/0, infinities and missing values as the readouts do', () => {
    expect(toCsv([[0.1 + 0.2, NaN, Infinity, -Infinity, null, undefined, true]])).toBe(
      '0.30000000000000004,undefined,inf,-inf,,,true\r\n',
    );
  });

  it('takes records, with a header of their keys in first-seen order', () => {
    expect(
      toCsv([
        { a: 1, b: 'x' },
        { b: 'y', c: 3 },
      ]),
    ).toBe('a,b,c\r\n1,x,\r\n,y,3\r\n');
  });

  it('gives an empty file for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('quotes a carriage return and a lone quote', () => {
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('toJson', () => {
  it('writes typed arrays as arrays and non-finite numbers as null, "inf", "-inf"', () => {
    const text = toJson({
      x: new Float64Array([1.5, NaN]),
      y: Infinity,
      z: -Infinity,
      m: new Map([['k', 1]]),
    });
    expect(JSON.parse(text)).toEqual({ x: [1.5, null], y: 'inf', z: '-inf', m: { k: 1 } });
  });
});
