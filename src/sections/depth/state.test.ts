import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { conventionsWidget, mapWidget, wallBookWidget } from './state';

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
