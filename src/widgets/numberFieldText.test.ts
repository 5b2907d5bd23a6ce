import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snap as snapToStep, stepDecimals } from '../lib/snap';
import { formatNumber, parseNumberText, stepValue } from './numberFieldText';

const score = { min: 0, max: 1, step: 0.01 };
const feature = { min: 0, max: 2, step: 0.01 };
const coarse = { min: 0, max: 60, step: 0.5 };

describe('parseNumberText', () => {
  it('reads exactly what was typed: "0.45" is 0.45 and "0.5" is 0.5', () => {
    expect(parseNumberText('0.45', score)).toEqual({ ok: true, value: 0.45 });
    expect(parseNumberText('0.5', score)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText('.3', score)).toEqual({ ok: true, value: 0.3 });
    expect(parseNumberText(' 0,07 ', score)).toEqual({ ok: true, value: 0.07 });
    expect(parseNumberText('1', score)).toEqual({ ok: true, value: 1 });
    expect(parseNumberText('0', score)).toEqual({ ok: true, value: 0 });
    expect(parseNumberText('1e-1', score)).toEqual({ ok: true, value: 0.1 });
    expect(parseNumberText('1.5', feature)).toEqual({ ok: true, value: 1.5 });
  });

  it('gives the review’s F2 entries exactly what was typed, or a refusal, never a rounded or old value', () => {
    const cases: [string, number | string][] = [
      ['0.45', 0.45],
      ['0.5', 0.5],
      ['0.2', 0.2],
      ['0.8', 0.8],
      ['.3', 0.3],
      ['0.35', 0.35],
      ['0.07', 0.07],
      ['0.999', 'off-step'],
      ['1.5', 'out-of-range'],
      ['', 'empty'],
    ];
    for (const [typed, expected] of cases) {
      const r = parseNumberText(typed, score);
      expect(r, typed).toEqual(
        typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, problem: expected },
      );
    }
  });

  it('refuses empty text and text that is not a plain number', () => {
    expect(parseNumberText('', score)).toEqual({ ok: false, problem: 'empty' });
    expect(parseNumberText('   ', score)).toEqual({ ok: false, problem: 'empty' });
    for (const bad of ['abc', '0x1', 'Infinity', 'NaN', '1/2', '0..4', '-', '.', '1e', '0,4,5', '½'])
      expect(parseNumberText(bad, score)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it('refuses values out of range and never clamps them', () => {
    expect(parseNumberText('1.5', score)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(parseNumberText('-0.01', score)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(parseNumberText('1e308', score)).toEqual({ ok: false, problem: 'out-of-range' });
  });

  it('refuses values off the step grid and never rounds them', () => {
    expect(parseNumberText('0.999', score)).toEqual({ ok: false, problem: 'off-step' });
    expect(parseNumberText('0.455', score)).toEqual({ ok: false, problem: 'off-step' });
    expect(parseNumberText('0.25', coarse)).toEqual({ ok: false, problem: 'off-step' });
    expect(parseNumberText('2.5', coarse)).toEqual({ ok: true, value: 2.5 });
  });

  it('accepts every grid value written with the step decimals, as exactly that value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (k) => {
        const text = (k / 100).toFixed(2);
        expect(parseNumberText(text, score)).toEqual({ ok: true, value: Number(text) });
      }),
    );
  });

  it('returns either a value in range and on the grid, or a problem, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseNumberText(text, score);
        if (r.ok) {
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(1);
          expect(Math.abs(r.value * 100 - Math.round(r.value * 100))).toBeLessThan(1e-6);
        }
      }),
    );
  });
});

describe('formatNumber, snapToStep, stepDecimals', () => {
  it('writes values with at most the step decimals and no trailing zeros', () => {
    expect(formatNumber(0.5, score)).toBe('0.5');
    expect(formatNumber(0.95, score)).toBe('0.95');
    expect(formatNumber(0.1 + 0.2, score)).toBe('0.3');
    expect(formatNumber(2, feature)).toBe('2');
  });

  it('counts the decimals of a step', () => {
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.01)).toBe(2);
    expect(stepDecimals(0.05)).toBe(2);
  });

  it('snaps to the nearest grid value, written exactly', () => {
    expect(snapToStep(0.45000000000000007, score)).toBe(0.45);
    expect(snapToStep(0.954, score)).toBe(0.95);
    expect(snapToStep(2.3, coarse)).toBe(2.5);
  });
});

describe('stepValue', () => {
  it('moves one grid step per arrow press and stays in range', () => {
    expect(stepValue(0.95, 1, score)).toBe(0.96);
    expect(stepValue(0.95, -1, score)).toBe(0.94);
    expect(stepValue(1, 1, score)).toBe(1);
    expect(stepValue(0, -1, score)).toBe(0);
    expect(stepValue(0.95, 10, score)).toBe(1);
  });

  it('gives 0.99 after 19 presses up from 0.80 (no drift)', () => {
    let v = 0.8;
    for (let i = 0; i < 19; i++) v = stepValue(v, 1, score);
    expect(v).toBe(0.99);
  });
});
