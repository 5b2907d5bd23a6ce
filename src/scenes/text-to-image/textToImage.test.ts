import { describe, expect, it } from 'vitest';
import { analysePrompt, promptEmbedding, sceneEmbedding, type SceneItem } from './concepts';
import { alignment } from './alignment';
import { sceneRelations } from './relations';
import { GENERATORS, scoreGenerators } from './generators';
import { textToImageSceneEntries } from './entries';

const riding: SceneItem[] = [
  { kind: 'horse', colour: 'plain', x: 200, y: 190 },
  { kind: 'astronaut', colour: 'plain', x: 205, y: 130 },
];

describe('bag-of-concepts embedding', () => {
  it('ignores word order, numbers and relation words', () => {
    expect(promptEmbedding('a horse riding an astronaut')).toEqual(
      promptEmbedding('an astronaut riding a horse'),
    );
    expect(promptEmbedding('three cats')).toEqual(promptEmbedding('five cats'));
    expect(promptEmbedding('a box left of a sphere')).toEqual(promptEmbedding('a box right of a sphere'));
    const roles = analysePrompt('Three cats ON 2 boxes, blue!').map((w) => `${w.text}:${w.role}`);
    expect(roles).toEqual([
      'three:number',
      'cats:concept',
      'on:relation',
      '2:number',
      'boxes:concept',
      'blue:concept',
    ]);
  });

  it('gives a scene one dimension per kind and colour present', () => {
    expect(sceneEmbedding([])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sceneEmbedding([{ kind: 'box', colour: 'red', x: 0, y: 0 }])).toEqual([0, 0, 0, 1, 0, 1, 0]);
  });
});

describe('t2i_alignment', () => {
  it('scores swapped roles the same, and a missing concept lower', () => {
    const r = alignment(
      ['an astronaut riding a horse', 'a horse riding an astronaut', 'a horse and a cat'],
      riding,
    );
    expect(r.scores[0]).toBeCloseTo(2.5, 12);
    expect(r.scores[1]).toBe(r.scores[0]);
    // cos = 1 / (sqrt 2 * sqrt 2) = 0.5
    expect(r.scores[2]).toBeCloseTo(1.25, 12);
  });

  it('is undefined (null) for a prompt that names no concept', () => {
    expect(alignment(['a photo'], riding).scores[0]).toBeNull();
  });

  it('sees the astronaut on the horse, which the score ignores', () => {
    expect(sceneRelations(riding)).toEqual([{ a: 'astronaut', rel: 'on', b: 'horse' }]);
  });

  it('refuses a tampered scene through the entry', () => {
    const entry = textToImageSceneEntries[0];
    expect(() =>
      entry.compute({ prompts: ['x'], items: [{ kind: 'dragon', colour: 'plain', x: 1, y: 1 }] }),
    ).toThrow();
    expect(() => entry.compute({ prompts: ['x'.repeat(121)], items: [] })).toThrow();
  });
});

describe('t2i_generators', () => {
  it('no single number ranks the good generator first', () => {
    const { models } = scoreGenerators();
    expect(models.map((m) => m.id)).toEqual([...GENERATORS]);
    const byFid = [...models].sort((a, b) => a.fid - b.fid).map((m) => m.id);
    const byClip = [...models].sort((a, b) => b.clip - a.clip).map((m) => m.id);
    expect(byFid[0]).toBe('off-prompt');
    expect(byClip[0]).not.toBe('good');
    const good = models.find((m) => m.id === 'good')!;
    expect(good.fid).toBeLessThan(models.find((m) => m.id === 'unrealistic')!.fid);
    expect(good.fid).toBeLessThan(models.find((m) => m.id === 'collapsed')!.fid);
    expect(good.clip).toBeGreaterThan(models.find((m) => m.id === 'off-prompt')!.clip);
  });
});
