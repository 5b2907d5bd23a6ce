import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapToStep } from './snap';
import { parseScore } from './parseScore';

describe('snapToStep', () => {
  it('rounds to the nearest step without floating-point noise', () => {
    expect(snapToStep(0.30000000000000004, 0.05, 0.25, 1)).toBe(0.3);
    expect(snapToStep(0.62, 0.05, 0.25, 1)).toBe(0.6);
    expect(snapToStep(0.1 * 3, 0.1, 0, 1)).toBe(0.3);
  });

  it('clamps to the range', () => {
    expect(snapToStep(0.1, 0.05, 0.25, 1)).toBe(0.25);
    expect(snapToStep(3, 0.05, 0.25, 1)).toBe(1);
  });

  it('always returns a multiple of the step inside the range', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), (x) => {
        const s = snapToStep(x, 0.05, 0.25, 1);
        expect(s).toBeGreaterThanOrEqual(0.25);
        expect(s).toBeLessThanOrEqual(1);
        expect(Math.abs(s / 0.05 - Math.round(s / 0.05))).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('parseScore', () => {
  it('reads scores in [0, 1], rounded to 0.01', () => {
    expect(parseScore('0.5')).toBe(0.5);
    expect(parseScore(' 1 ')).toBe(1);
    expect(parseScore('0.123')).toBe(0.12);
    expect(parseScore('0')).toBe(0);
  });

  it('refuses empty text, words and numbers outside [0, 1]', () => {
    expect(parseScore('')).toBeNull();
    expect(parseScore('abc')).toBeNull();
    expect(parseScore('1.5')).toBeNull();
    expect(parseScore('-0.1')).toBeNull();
    expect(parseScore('Infinity')).toBeNull();
  });
});
