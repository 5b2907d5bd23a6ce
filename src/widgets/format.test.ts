import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDataValue, formatForPeople, readoutView } from './format';

describe('formatDataValue', () => {
  it('writes finite values unrounded as String(x)', () => {
    expect(formatDataValue(0.6666666666666666)).toBe('0.6666666666666666');
    expect(formatDataValue(35.2)).toBe('35.2');
    expect(formatDataValue(0)).toBe('0');
    expect(formatDataValue(-0.1)).toBe('-0.1');
    expect(formatDataValue(1e-12)).toBe('1e-12');
  });

  it('writes the contract words for undefined and infinite values', () => {
    expect(formatDataValue(null)).toBe('undefined');
    expect(formatDataValue(Infinity)).toBe('inf');
    expect(formatDataValue(-Infinity)).toBe('-inf');
  });

  it('never writes NaN: it is an error', () => {
    expect(formatDataValue(NaN)).toBe('error');
  });

  it('parses back to the same number for any finite value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(formatDataValue(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe('formatForPeople', () => {
  it('rounds fractions, percents, decibels and metres with their units', () => {
    expect(formatForPeople(2 / 3, 'fraction')).toBe('0.667');
    expect(formatForPeople(2 / 3, 'percent')).toBe('66.7%');
    expect(formatForPeople(35.2149, 'db')).toBe('35.21 dB');
    expect(formatForPeople(9.9, 'm')).toBe('9.90 m');
    expect(formatForPeople(1234, 'count')).toBe('1,234');
    expect(formatForPeople(0.5, 'number', 1)).toBe('0.5');
  });

  it('writes infinity as a symbol, e.g. PSNR of identical images', () => {
    expect(formatForPeople(Infinity, 'db')).toBe('∞ dB');
    expect(formatForPeople(-Infinity, 'number')).toBe('−∞');
  });

  it('does not show a minus sign on values that round to zero', () => {
    expect(formatForPeople(-0.0001, 'fraction')).toBe('0.000');
  });
});

describe('readoutView', () => {
  it('shows undefined (0/0) with a reason for null, never 0 or 1', () => {
    const view = readoutView(null, null, 'fraction');
    expect(view.dataValue).toBe('undefined');
    expect(view.text).toBe('undefined (0/0)');
    expect(view.reason).toBeTruthy();
    expect(readoutView(null, null, 'fraction', 3, 'No person in either mask.').reason).toBe(
      'No person in either mask.',
    );
  });

  it('shows the error message and data-value error', () => {
    expect(readoutView(0.5, 'Boxes must have positive size.', 'fraction')).toEqual({
      dataValue: 'error',
      text: 'error: Boxes must have positive size.',
      reason: null,
    });
  });

  it('leaves data-value out before the first result', () => {
    expect(readoutView(undefined, null, 'fraction').dataValue).toBeUndefined();
  });

  it('treats NaN as an error', () => {
    expect(readoutView(NaN, null, 'fraction').dataValue).toBe('error');
  });

  it('shows finite values rounded on screen but unrounded in data-value', () => {
    expect(readoutView(0.123456, null, 'percent', 2)).toEqual({
      dataValue: '0.123456',
      text: '12.35%',
      reason: null,
    });
  });
});
