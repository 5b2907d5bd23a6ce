import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScore } from './parseScore';

describe('parseScore', () => {
  it('reads scores in [0, 1] rounded to two decimals', () => {
    expect(parseScore('0.82')).toBe(0.82);
    expect(parseScore('0.826')).toBe(0.83);
    expect(parseScore('1')).toBe(1);
    expect(parseScore(' 0 ')).toBe(0);
  });

  it('refuses empty, out-of-range and non-numeric text', () => {
    for (const s of ['', ' ', '1.01', '-0.1', 'abc', 'NaN', 'Infinity']) expect(parseScore(s)).toBeNull();
  });

  it('returns a value with at most two decimals inside [0, 1] or null, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String)), (s) => {
        const v = parseScore(s);
        return v === null || (v >= 0 && v <= 1 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9);
      }),
    );
  });
});
