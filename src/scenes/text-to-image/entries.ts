/**
 * App-only entries of the text-to-image section (#/text-to-image): the
 * composer's prompts scored against the composed scene (`t2i_alignment`)
 * and the four made-up generators' FID and CLIPScore (`t2i_generators`).
 * Both are small (light lane).
 */
import * as v from 'valibot';
import { defineScene } from '../entry';
import { optionalNumber } from '../../metrics/args';
import { COLOURS, KINDS, MAX_PROMPT } from './concepts';
import { alignment } from './alignment';
import { scoreGenerators, GENERATOR_SEED } from './generators';

/** Width and height of the composer's scene, in scene pixels. */
export const SCENE_SIZE = { width: 480, height: 270 } as const;
/** Most objects a scene holds. */
export const MAX_ITEMS = 12;

const coord = (max: number) =>
  v.pipe(v.number(), v.integer('expected an integer'), v.minValue(0), v.maxValue(max));

/** One scene object as the worker receives it. */
const item = v.object({
  kind: v.picklist(KINDS),
  colour: v.picklist(COLOURS),
  x: coord(SCENE_SIZE.width),
  y: coord(SCENE_SIZE.height),
});

/** Entries `t2i_alignment` and `t2i_generators`. */
export const textToImageSceneEntries = [
  defineScene({
    id: 't2i_alignment',
    args: {
      prompts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_PROMPT))), v.maxLength(4)),
      items: v.pipe(v.array(item), v.maxLength(MAX_ITEMS)),
    },
    run: (a) => alignment(a.prompts, a.items),
  }),
  defineScene({
    id: 't2i_generators',
    args: { seed: optionalNumber(GENERATOR_SEED) },
    run: (a) => scoreGenerators(a.seed),
  }),
] as const;
