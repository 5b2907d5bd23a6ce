import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { conventionsWidget, mapWidget, onGrid, wallBookWidget } from './depthState';

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
});

describe('depth widget states', () => {
  // Defaults that fit their schemas need no test here: defineWidgetState throws otherwise.
  it('have distinct ids', () => {
    expect(new Set([wallBookWidget.id, mapWidget.id, conventionsWidget.id]).size).toBe(3);
  });

  it('refuse states a tampered link could carry', () => {
    expect(v.is(wallBookWidget.schema, { wall: 9.9, book: 0 })).toBe(false);
    expect(v.is(mapWidget.schema, { ...mapWidget.defaults, nearNoise: 2.5 })).toBe(false);
    expect(v.is(mapWidget.schema, { ...mapWidget.defaults, errorMode: 'log' })).toBe(false);
    expect(v.is(conventionsWidget.schema, { ...conventionsWidget.defaults, cap: 'eth3d' })).toBe(false);
    expect(v.is(conventionsWidget.schema, { ...conventionsWidget.defaults, scale: 2.05 })).toBe(false);
  });
});
