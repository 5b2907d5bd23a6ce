import { describe, expect, it } from 'vitest';
import { allMet } from '../../app/challenge/goals';
import { resolves } from '../../worker/readoutIds';
import { CHALLENGES } from './challenges';
import { chooserWidget } from './state';
import {
  OUTPUTS,
  TASKS,
  conventionCount,
  metricCount,
  recommend,
  type ChooserAnswers,
} from './figures/chooser/recommend';

/** The chooser's readouts for some answers, as the challenge checker reads them (data-value). */
function readouts(a: ChooserAnswers): (key: string) => string | null {
  const recs = recommend(a);
  const values: Record<string, string> = {
    'choosing.metric_count': String(metricCount(recs)),
    'choosing.convention_count': String(conventionCount(recs)),
  };
  return (key) => values[key] ?? null;
}

function* everyAnswer(): Generator<ChooserAnswers> {
  const B = [false, true];
  for (const task of TASKS)
    for (const imbalance of B)
      for (const tiny of B)
        for (const empty of B)
          for (const localisation of B)
            for (const output of OUTPUTS) yield { task, imbalance, tiny, empty, localisation, output };
}

describe('the choosing challenges', () => {
  it('target the chooser and are not met by its default answers', () => {
    expect(CHALLENGES).toHaveLength(2);
    for (const c of CHALLENGES) {
      expect(c.widget).toBe('choosing.chooser');
      expect(allMet(c.goals, readouts(chooserWidget.defaults)), c.id).toBe(false);
      for (const g of c.goals) expect(resolves('readout', g.key), g.key).toBe(true);
    }
  });

  it('can each be met by some answers, and not by all', () => {
    for (const c of CHALLENGES) {
      const met = [...everyAnswer()].filter((a) => allMet(c.goals, readouts(a)));
      expect(met.length, c.id).toBeGreaterThan(0);
      expect(met.length, c.id).toBeLessThan(6 * 2 ** 5);
    }
  });

  it('are met by the answers the e2e solve gives', () => {
    const [five, say] = CHALLENGES;
    const d = chooserWidget.defaults;
    expect(allMet(five!.goals, readouts({ ...d, tiny: true, localisation: true }))).toBe(true);
    expect(
      allMet(say!.goals, readouts({ ...d, task: 'detection', imbalance: false, output: 'decision' })),
    ).toBe(true);
    expect(allMet(say!.goals, readouts({ ...d, task: 'pose' }))).toBe(true);
  });
});
