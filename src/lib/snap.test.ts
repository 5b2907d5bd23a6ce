import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snap, stepDecimals } from './snap';

describe('stepDecimals', () => {
  it('counts the decimals of the step as written', () => {
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.05)).toBe(2);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(1e-7)).toBe(7);
    expect(stepDecimals(2.5e-7)).toBe(8);
  });
});

describe('snap', () => {
  it('rounds to the nearest grid value and prints it as a person would write it', () => {
    const tenths = { min: 0, max: 20, step: 0.1 };
    expect(snap(9.900000000000002, tenths)).toBe(9.9);
    expect(snap(0.1 + 0.2, tenths)).toBe(0.3);
    expect(String(snap(0.1 + 0.2, tenths))).toBe('0.3');
    expect(snap(1.52, { min: 0, max: 3, step: 0.05 })).toBe(1.5);
    expect(snap(1.53, { min: 0, max: 3, step: 0.05 })).toBe(1.55);
    expect(snap(2.26, { min: 0, max: 3, step: 0.5 })).toBe(2.5);
    expect(snap(12.40000001, { min: 0, max: 50, step: 0.5 })).toBe(12.5);
    expect(snap(0.62, { min: 0.25, max: 1, step: 0.05 })).toBe(0.6);
  });

  it('gives exactly k / 20 for k steps of 0.05', () => {
    const grid = { min: 0, max: 20, step: 0.05 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (k) => {
        expect(snap(k * 0.05, grid)).toBe(Number((k / 20).toFixed(2)));
      }),
    );
  });

  it('clamps to [min, max]', () => {
    const grid = { min: 0.25, max: 1, step: 0.05 };
    expect(snap(0.1, grid)).toBe(0.25);
    expect(snap(3, grid)).toBe(1);
  });

  it('counts the grid from min, as an HTML range input does', () => {
    expect(snap(2.2, { min: 0.5, max: 10, step: 1 })).toBe(2.5);
  });

  it('gives min for a value that is not a number', () => {
    expect(snap(Number.NaN, { min: 1, max: 5, step: 1 })).toBe(1);
  });

  it('lands on the grid, inside the range, within half a step, and is idempotent', () => {
    const steps = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2];
    fc.assert(
      fc.property(
        fc.constantFrom(...steps),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (step, minSteps, count, x) => {
          const min = Number((minSteps * step).toFixed(2));
          const max = Number(((minSteps + count) * step).toFixed(2));
          const grid = { min, max, step };
          const s = snap(x, grid);
          expect(s).toBeGreaterThanOrEqual(min);
          expect(s).toBeLessThanOrEqual(max);
          const k = (s - min) / step;
          expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
          // the exact decimal: printing it needs no more decimals than the step has
          expect(Number(s.toFixed(2))).toBe(s);
          if (x >= min && x <= max) expect(Math.abs(s - x)).toBeLessThanOrEqual(step / 2 + 1e-9);
          expect(snap(s, grid)).toBe(s);
        },
      ),
    );
  });
});
