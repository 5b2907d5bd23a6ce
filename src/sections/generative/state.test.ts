import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fidWidget, inceptionWidget, smallSamplesWidget } from './state';
import { generativeSceneEntries } from '../../scenes/generative/entries';

describe('generative widget states', () => {
  it('have distinct ids and defaults the schemas accept', () => {
    const all = [fidWidget, inceptionWidget, smallSamplesWidget];
    expect(new Set(all.map((w) => w.id)).size).toBe(3);
    expect(v.is(fidWidget.schema, fidWidget.defaults)).toBe(true);
    expect(v.is(inceptionWidget.schema, inceptionWidget.defaults)).toBe(true);
    expect(v.is(smallSamplesWidget.schema, smallSamplesWidget.defaults)).toBe(true);
  });

  it('give arguments the worker scenes accept', () => {
    const [fid, is, small] = generativeSceneEntries;
    expect(() => fid.compute({ ...fidWidget.defaults })).not.toThrow();
    expect(() => is.compute({ ...inceptionWidget.defaults })).not.toThrow();
    expect(() => small.compute({ ...smallSamplesWidget.defaults })).not.toThrow();
  });

  it('refuse states a tampered link could carry', () => {
    const d = fidWidget.defaults;
    expect(v.is(fidWidget.schema, { ...d, centres: [1, 2] })).toBe(false);
    expect(v.is(fidWidget.schema, { ...d, centres: d.centres.map(() => 91) })).toBe(false);
    expect(v.is(fidWidget.schema, { ...d, spread: 0.15 })).toBe(false);
    expect(v.is(fidWidget.schema, { ...d, n: 300 })).toBe(false);
    expect(v.is(fidWidget.schema, { ...d, kept: 9 })).toBe(false);
    expect(v.is(inceptionWidget.schema, { kept: 8, spread: 1, pick: 120 })).toBe(false);
    expect(v.is(smallSamplesWidget.schema, { seed: 0 })).toBe(false);
    expect(v.is(fidWidget.schema, { ...d, spread: 0.3, n: 5000 })).toBe(true);
  });

  it('open the hero on the trap: 3 of 8 modes kept', () => {
    expect(fidWidget.defaults.kept).toBe(3);
  });
});
