import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { onGrid } from './gridSchema';

describe('onGrid', () => {
  it('accepts multiples of the step inside the range and refuses the rest', () => {
    const s = onGrid(0, 20, 0.1);
    expect(v.is(s, 9.9)).toBe(true);
    expect(v.is(s, 0)).toBe(true);
    expect(v.is(s, 9.87)).toBe(false);
    expect(v.is(s, 20.1)).toBe(false);
    expect(v.is(s, Number.NaN)).toBe(false);
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), (k) => v.is(s, k / 10)));
  });

  it('takes a looser tolerance where asked', () => {
    expect(v.is(onGrid(0, 1, 0.1), 0.3 + 1e-8)).toBe(false);
    expect(v.is(onGrid(0, 1, 0.1, 1e-6), 0.3 + 1e-8)).toBe(true);
  });
});
