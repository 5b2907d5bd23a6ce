import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { truncateText } from './truncate';

describe('truncateText', () => {
  it('leaves short text alone and cuts long text to max units ending in "…"', () => {
    expect(truncateText('abc', 3)).toBe('abc');
    expect(truncateText('abcd', 3)).toBe('ab…');
    expect(truncateText('x'.repeat(1_000_000), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits a surrogate pair', () => {
    expect(truncateText('a😀bcdef', 3)).toBe('a…');
  });

  it('always returns at most max units, a prefix of the text plus "…" when cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 2, max: 50 }), (text, max) => {
        const out = truncateText(text, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
        if (out !== text) {
          expect(out.endsWith('…')).toBe(true);
          expect(text.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});
