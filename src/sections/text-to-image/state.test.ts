import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { composerWidget, drawbenchWidget, generatorsWidget } from './state';
import { COLOURS, KINDS, MAX_PROMPT as WORKER_MAX_PROMPT } from '../../scenes/text-to-image/concepts';
import { MAX_ITEMS as WORKER_MAX_ITEMS, SCENE_SIZE } from '../../scenes/text-to-image/entries';
import { GENERATORS } from '../../scenes/text-to-image/generators';
import {
  COLOUR_LIST,
  KIND_LIST,
  MAX_ITEMS,
  MAX_PROMPT,
  PRESETS,
  SCENE,
  cleanPrompt,
  freeSpot,
  itemNames,
} from './figures/composer/sceneModel';
import { itemNames as workerNames } from '../../scenes/text-to-image/relations';
import { GENERATOR_IDS, bestBy, moveIn, pairsAgreeing } from './figures/generators/ranking';

describe('text-to-image widget states', () => {
  it("agree with the worker's kinds, colours, sizes and generators", () => {
    expect(KIND_LIST).toEqual([...KINDS]);
    expect(COLOUR_LIST).toEqual([...COLOURS]);
    expect(MAX_PROMPT).toBe(WORKER_MAX_PROMPT);
    expect(MAX_ITEMS).toBe(WORKER_MAX_ITEMS);
    expect(SCENE).toEqual(SCENE_SIZE);
    expect(GENERATOR_IDS).toEqual([...GENERATORS]);
    for (const p of Object.values(PRESETS)) expect(itemNames(p.items)).toEqual(workerNames(p.items));
  });

  it('refuse states a tampered link could carry', () => {
    const d = composerWidget.defaults;
    expect(v.is(composerWidget.schema, d)).toBe(true);
    expect(v.is(composerWidget.schema, { ...d, a: 'x'.repeat(121) })).toBe(false);
    expect(v.is(composerWidget.schema, { ...d, a: 'a\u0000b' })).toBe(false);
    expect(
      v.is(composerWidget.schema, { ...d, items: [{ kind: 'dragon', colour: 'plain', x: 100, y: 100 }] }),
    ).toBe(false);
    expect(
      v.is(composerWidget.schema, { ...d, items: [{ kind: 'cat', colour: 'plain', x: 100.5, y: 100 }] }),
    ).toBe(false);
    expect(
      v.is(composerWidget.schema, { ...d, items: [{ kind: 'cat', colour: 'plain', x: 470, y: 100 }] }),
    ).toBe(false);
    expect(v.is(drawbenchWidget.schema, { category: 'nope' })).toBe(false);
    expect(v.is(generatorsWidget.schema, { order: ['good', 'good', 'collapsed', 'unrealistic'] })).toBe(
      false,
    );
    expect(v.is(generatorsWidget.schema, { order: ['good', 'off-prompt', 'collapsed', 'unrealistic'] })).toBe(
      true,
    );
  });
});

describe('composer helpers', () => {
  it('clean prompts and find free spots', () => {
    expect(cleanPrompt('a\ncat')).toBe('a cat');
    expect(cleanPrompt('x'.repeat(200))).toHaveLength(MAX_PROMPT);
    const spot = freeSpot([{ kind: 'cat', colour: 'plain', x: 60, y: 200 }]);
    expect(spot).toEqual({ x: 120, y: 200 });
  });
});

describe('ranking', () => {
  it('moves, counts agreeing pairs and finds the best', () => {
    expect(moveIn(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveIn(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    const score = (id: string) => ({ a: 1, b: 2, c: 3 })[id] ?? 0;
    expect(pairsAgreeing(['a', 'b', 'c'], score, true)).toBe(3);
    expect(pairsAgreeing(['a', 'b', 'c'], score, false)).toBe(0);
    expect(pairsAgreeing(['b', 'a', 'c'], score, true)).toBe(2);
    expect(bestBy(['a', 'b', 'c'], score, false)).toBe('c');
  });
});
