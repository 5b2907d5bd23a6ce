import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { boxInside, boxSchema, scoreSchema } from './figures/shared/boxSchema';
import {
  iouWidget,
  scaleWidget,
  apWidget,
  presetsWidget,
  tiesWidget,
  emptyWidget,
  iconicWidget,
} from './state';

const ok = (schema: v.GenericSchema, x: unknown) => v.safeParse(schema, x).success;

describe('box and score schemas', () => {
  it('accepts whole-pixel boxes inside the image and refuses the rest', () => {
    const s = boxSchema(100, 50);
    expect(ok(s, [0, 0, 100, 50])).toBe(true);
    expect(ok(s, [10, 10, 2, 2])).toBe(true);
    for (const bad of [
      [1, 1, 100, 10],
      [0, 0, 1, 5],
      [-1, 0, 5, 5],
      [0.5, 0, 5, 5],
      [0, 0, 5],
      'box',
      [0, 0, 5, Number.NaN],
    ]) {
      expect(ok(s, bad)).toBe(false);
    }
    expect(boxInside([0, 48, 5, 2], 100, 50)).toBe(true);
    expect(boxInside([0, 49, 5, 2], 100, 50)).toBe(false);
  });

  it('accepts scores in [0, 1] with at most two decimals', () => {
    for (const s of [0, 0.01, 0.5, 0.99, 1, 0.07]) expect(ok(scoreSchema, s)).toBe(true);
    for (const s of [-0.01, 1.01, 0.123, Number.NaN, '0.5']) expect(ok(scoreSchema, s)).toBe(false);
  });
});

describe('widget states of the detection section', () => {
  const widgets = [iouWidget, scaleWidget, apWidget, presetsWidget, tiesWidget, emptyWidget, iconicWidget];

  // Defaults that fit their schemas need no test here: defineWidgetState throws otherwise.
  it('have distinct ids under detection.', () => {
    expect(new Set(widgets.map((w) => w.id)).size).toBe(widgets.length);
    for (const w of widgets) expect(w.id.startsWith('detection.')).toBe(true);
  });

  it('refuse damaged states from links', () => {
    expect(ok(iouWidget.schema, { gt: [0, 0, 10, 10], pred: [510, 0, 10, 10] })).toBe(false);
    expect(ok(scaleWidget.schema, { shift: 21 })).toBe(false);
    expect(ok(apWidget.schema, { ...apWidget.defaults, threshold: 0.52 })).toBe(false);
    expect(ok(apWidget.schema, { ...apWidget.defaults, scores: apWidget.defaults.scores.slice(1) })).toBe(
      false,
    );
    expect(ok(apWidget.schema, { ...apWidget.defaults, cls: 'dog' })).toBe(false);
    expect(ok(presetsWidget.schema, { growth: 12, show: 'loose' })).toBe(false);
    expect(ok(tiesWidget.schema, { rule: 'random' })).toBe(false);
    expect(ok(emptyWidget.schema, { fires: 'yes' })).toBe(false);
    expect(ok(iconicWidget.schema, { locError: 3, missRate: 0.33 })).toBe(false);
  });
});
