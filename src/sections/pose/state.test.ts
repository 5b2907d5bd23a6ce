import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LARGE_PERSON, SMALL_PERSON, PRESET_SHIFT } from '../../scenes/pose/scene';
import { shiftAll } from '../../scenes/pose/geometry';
import { apWidget, paradoxWidget, pckWidget, pointSchema, ringsWidget, visibilityWidget } from './state';
import { boxXyxy } from '../../lib/geometry';
import { onGrid } from '../../lib/gridSchema';

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe('pose widget states', () => {
  it('start with every paradox prediction 5 px (3 right, 4 down) from its ground truth', () => {
    expect(paradoxWidget.defaults.large).toEqual(LARGE_PERSON.gt.map(([x, y]) => [x + 3, y + 4]));
    expect(paradoxWidget.defaults.small).toEqual(SMALL_PERSON.gt.map(([x, y]) => [x + 3, y + 4]));
    expect(PRESET_SHIFT).toEqual([3, 4]);
  });

  it('accept the 5 px preset and survive a JSON round trip', () => {
    const shifted = {
      large: shiftAll(LARGE_PERSON.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], LARGE_PERSON.region),
      small: shiftAll(SMALL_PERSON.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], SMALL_PERSON.region),
    };
    const back = v.parse(paradoxWidget.schema, JSON.parse(JSON.stringify(shifted)));
    // a link from before the swap button reads as not swapped
    expect(back).toEqual({ ...shifted, swapped: false });
    expect(paradoxWidget.defaults.swapped).toBe(false);
    const swapped = { ...shifted, swapped: true };
    expect(v.parse(paradoxWidget.schema, JSON.parse(JSON.stringify(swapped)))).toEqual(swapped);
    expect(ok(paradoxWidget.schema, { ...shifted, swapped: 'yes' })).toBe(false);
    for (const w of [paradoxWidget, ringsWidget, pckWidget, apWidget, visibilityWidget]) {
      expect(v.parse(w.schema, JSON.parse(JSON.stringify(w.defaults)))).toEqual(w.defaults);
    }
  });

  it('refuse a small-person joint outside the inset, a fraction of a pixel and a short pose', () => {
    const bad = (small: unknown) => ok(paradoxWidget.schema, { large: LARGE_PERSON.gt, small });
    expect(bad(SMALL_PERSON.gt.map((p, i) => (i === 0 ? [100, 100] : p)))).toBe(false);
    expect(bad(SMALL_PERSON.gt.map((p, i) => (i === 0 ? [p[0] + 0.5, p[1]] : p)))).toBe(false);
    expect(bad(SMALL_PERSON.gt.slice(1))).toBe(false);
    expect(bad(SMALL_PERSON.gt)).toBe(true);
  });

  it('check x against the region’s width and y against its height', () => {
    const s = pointSchema(boxXyxy(0, 0, 639, 479));
    expect(ok(s, [600, 400])).toBe(true);
    expect(ok(s, [400, 600])).toBe(false);
    expect(ok(s, [1, 2, 3])).toBe(false);
  });

  it('keep sliders on their grid and in range', () => {
    expect(ok(ringsWidget.schema, { scale: 0.25 })).toBe(true);
    expect(ok(ringsWidget.schema, { scale: 0.3 })).toBe(true);
    expect(ok(ringsWidget.schema, { scale: 0.33 })).toBe(false);
    expect(ok(ringsWidget.schema, { scale: 0.2 })).toBe(false);
    expect(ok(pckWidget.schema, { ...pckWidget.defaults, alphaTorso: 0.55 })).toBe(false);
    expect(ok(pckWidget.schema, { ...pckWidget.defaults, person: 'tall-person' })).toBe(false);
    expect(ok(onGrid(0, 1, 0.01), 0.07)).toBe(true);
  });

  it('bound AP offsets and scores and visibility flags', () => {
    const base = apWidget.defaults;
    expect(ok(apWidget.schema, { ...base, offsets: base.offsets.map(() => [61, 0]) })).toBe(false);
    expect(ok(apWidget.schema, { ...base, scores: base.scores.map(() => 1.5) })).toBe(false);
    expect(ok(apWidget.schema, { ...base, scores: base.scores.slice(1) })).toBe(false);
    expect(ok(visibilityWidget.schema, { ...visibilityWidget.defaults, labelled: [true] })).toBe(false);
  });
});
