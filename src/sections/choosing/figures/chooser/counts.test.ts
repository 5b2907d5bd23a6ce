import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OUTPUTS, TASKS, conventionCount, metricCount, recommend, type ChooserAnswers } from './recommend';

const BASE: ChooserAnswers = {
  task: 'segmentation',
  imbalance: true,
  tiny: false,
  empty: false,
  localisation: false,
  output: 'probability',
};
const counts = (a: Partial<ChooserAnswers>) => {
  const recs = recommend({ ...BASE, ...a });
  return { metrics: metricCount(recs), conventions: conventionCount(recs) };
};

const answers = fc.record({
  task: fc.constantFrom(...TASKS),
  imbalance: fc.boolean(),
  tiny: fc.boolean(),
  empty: fc.boolean(),
  localisation: fc.boolean(),
  output: fc.constantFrom(...OUTPUTS),
});
const FLAGS = ['imbalance', 'tiny', 'empty', 'localisation'] as const;

describe('metricCount and conventionCount', () => {
  it('count 3 metrics and 2 conventions for the default segmentation answers', () => {
    // overlap (stated), pixel accuracy (nothing to state), interval (stated)
    expect(counts({})).toEqual({ metrics: 3, conventions: 2 });
  });

  it('count a rule to state as a convention, not as a metric', () => {
    // + "a stated rule for images with an empty reference"
    expect(counts({ empty: true })).toEqual({ metrics: 3, conventions: 3 });
    // COCO AP (stated), the tie rule (a rule, stated), interval (stated)
    expect(counts({ task: 'detection', imbalance: false })).toEqual({ metrics: 2, conventions: 3 });
    // OKS AP, PCK, the rule for unlabelled joints, interval: every item has a "State:" line
    expect(counts({ task: 'pose' })).toEqual({ metrics: 3, conventions: 4 });
  });

  it('count 6 metrics for segmentation with tiny structures, boundaries and a deployed decision', () => {
    // overlap, pixel accuracy, small structures, boundary, threshold, interval
    expect(counts({ tiny: true, localisation: true, output: 'decision' })).toEqual({
      metrics: 6,
      conventions: 4,
    });
  });

  it('split every list into metrics and rules, and every rule has a convention to state', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const recs = recommend(a);
        const rules = recs.filter((r) => r.rule);
        expect(metricCount(recs) + rules.length).toBe(recs.length);
        expect(rules.every((r) => r.convention !== undefined)).toBe(true);
        expect(metricCount(recs)).toBeGreaterThanOrEqual(2);
        expect(conventionCount(recs)).toBeGreaterThanOrEqual(1);
        expect(conventionCount(recs)).toBeLessThanOrEqual(recs.length);
      }),
    );
  });

  it('never fall when a question is answered “yes”', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...FLAGS), (a, flag) => {
        const no = recommend({ ...a, [flag]: false });
        const yes = recommend({ ...a, [flag]: true });
        expect(metricCount(yes)).toBeGreaterThanOrEqual(metricCount(no));
        expect(conventionCount(yes)).toBeGreaterThanOrEqual(conventionCount(no));
      }),
    );
  });
});
