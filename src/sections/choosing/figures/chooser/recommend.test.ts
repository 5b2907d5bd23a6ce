import { describe, expect, it } from 'vitest';
import { figureHref, recommend, TASKS, type ChooserAnswers } from './recommend';
import * as segmentation from '../../../segmentation/state';
import * as detection from '../../../detection/state';
import * as imageQuality from '../../../image-quality/state';
import * as pose from '../../../pose/state';
import * as depth from '../../../depth/state';
import * as loss from '../../../loss/state';
import * as benchmarks from '../../../benchmarks/state';
import { declaredWidgetIds } from '../../../../app/widgetCatalogue';

const BASE: ChooserAnswers = {
  task: 'segmentation',
  imbalance: true,
  tiny: false,
  empty: false,
  localisation: false,
  output: 'probability',
};
const ids = (a: ChooserAnswers) => recommend(a).map((r) => r.id);
const ALL = [false, true];

describe('recommend', () => {
  it('gives segmentation overlap, pixel accuracy and an interval by default', () => {
    expect(ids(BASE)).toEqual(['overlap', 'pixel-accuracy', 'uncertainty']);
  });

  it('adds a metric for each answer that matters', () => {
    expect(ids({ ...BASE, empty: true })).toContain('empty');
    expect(ids({ ...BASE, tiny: true })).toContain('small-structures');
    expect(ids({ ...BASE, localisation: true })).toContain('boundary');
    expect(ids({ ...BASE, output: 'decision' })).toContain('threshold');
    expect(ids({ ...BASE, task: 'classification' })).toEqual(['accuracy', 'topk', 'log-loss', 'uncertainty']);
    expect(ids({ ...BASE, task: 'classification', output: 'decision' })).toContain('threshold');
    expect(ids({ ...BASE, task: 'detection', empty: true })).toContain('empty');
  });

  it('links only widgets that exist, for every combination of answers', () => {
    const existing = declaredWidgetIds([
      segmentation,
      detection,
      imageQuality,
      pose,
      depth,
      loss,
      benchmarks,
    ]);
    for (const task of TASKS)
      for (const imbalance of ALL)
        for (const tiny of ALL)
          for (const empty of ALL)
            for (const localisation of ALL)
              for (const output of ['probability', 'decision'] as const) {
                const recs = recommend({ task, imbalance, tiny, empty, localisation, output });
                expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
                for (const r of recs) {
                  expect(existing.has(r.figure.widget), r.figure.widget).toBe(true);
                  expect(figureHref(r.figure)).toBe(`#/${r.figure.slug}?w=${r.figure.widget}`);
                  expect(r.figure.widget.startsWith(`${r.figure.slug}.`)).toBe(true);
                }
              }
  });
});
