import { describe, expect, it } from 'vitest';
import { CHALLENGES } from './challenges';
import * as imagePair from './figures/imagePair/state';
import * as depth from './figures/depth/state';
import { declaredWidgetIds } from '../../app/widgetCatalogue';
import { resolves } from '../../worker/readoutIds';

describe('the Lab challenges', () => {
  it('are two, on panels that exist, and each title says to load the example first', () => {
    const widgets = declaredWidgetIds([imagePair, depth]);
    expect(CHALLENGES).toHaveLength(2);
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(2);
    for (const c of CHALLENGES) {
      expect(c.id.startsWith('lab.')).toBe(true);
      expect(widgets.has(c.widget), c.widget).toBe(true);
      expect(c.title).toMatch(/^Load an example first, then /);
    }
  });

  it('aim at readout ids of the contract', () => {
    for (const c of CHALLENGES)
      for (const g of c.goals) expect(resolves('readout', g.key.split(';')[0]!), g.key).toBe(true);
  });
});
