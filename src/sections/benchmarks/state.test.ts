import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LEAD_RANGE, LEAD_TRUE_GAP, leadWidget, timelineWidget, topkWidget } from './state';
import { LEAD_IMAGES, TRUE_GAP } from '../../scenes/benchmarks/leadTestSet';

describe('benchmarks widget states', () => {
  it('have distinct ids', () => {
    expect(new Set([timelineWidget.id, topkWidget.id, leadWidget.id]).size).toBe(3);
  });

  it('refuse states a tampered link could carry', () => {
    expect(v.is(timelineWidget.schema, { stop: 'ilsvrc-2018' })).toBe(false);
    expect(v.is(timelineWidget.schema, { stop: 'coco' })).toBe(true);
    expect(v.is(topkWidget.schema, { k: 11 })).toBe(false);
    expect(v.is(topkWidget.schema, { k: 2.5 })).toBe(false);
    expect(v.is(leadWidget.schema, { n: 75, seed: 1 })).toBe(false);
    expect(v.is(leadWidget.schema, { n: 5000, seed: 0 })).toBe(false);
    expect(v.is(leadWidget.schema, { n: 5000, seed: 3 })).toBe(true);
  });

  it('agree with the scene on the test-set sizes and the true gap', () => {
    expect([LEAD_RANGE.min, LEAD_RANGE.max]).toEqual([LEAD_IMAGES.min, LEAD_IMAGES.max]);
    expect(LEAD_TRUE_GAP).toBe(TRUE_GAP);
  });
});
