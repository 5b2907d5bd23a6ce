/**
 * Widget states of the text-to-image section: the composer's two prompts
 * and scene, the DrawBench category shown, and the reader's ranking of the
 * four generators. Prompts are length-capped and free of control
 * characters; objects are known kinds on whole scene pixels inside the
 * scene; a ranking is a permutation. A tampered link is refused.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { textToImageText } from '../../i18n/textToImage';
import {
  COLOUR_LIST,
  DEFAULT_ITEMS,
  ITEM_REGION,
  KIND_LIST,
  MAX_ITEMS,
  MAX_PROMPT,
  PRESETS,
} from './figures/composer/sceneModel';
import { DRAWBENCH_IDS } from './figures/drawbench/categories';
import { GENERATOR_IDS } from './figures/generators/ranking';

const coord = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const prompt = v.pipe(
  v.string(),
  v.maxLength(MAX_PROMPT),
  // eslint-disable-next-line no-control-regex
  v.regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters'),
);

/** `text-to-image.composer`: prompts A and B and the scene's objects. */
export const composerWidget = defineWidgetState({
  id: 'text-to-image.composer',
  title: textToImageText.composer.title,
  schema: v.object({
    a: prompt,
    b: prompt,
    items: v.pipe(
      v.array(
        v.object({
          kind: v.picklist(KIND_LIST),
          colour: v.picklist(COLOUR_LIST),
          x: coord(ITEM_REGION[0], ITEM_REGION[2]),
          y: coord(ITEM_REGION[1], ITEM_REGION[3]),
        }),
      ),
      v.maxLength(MAX_ITEMS),
    ),
  }),
  defaults: { a: PRESETS.riding!.a, b: PRESETS.riding!.b, items: DEFAULT_ITEMS.map((it) => ({ ...it })) },
});

/** `text-to-image.drawbench`: the category shown. */
export const drawbenchWidget = defineWidgetState({
  id: 'text-to-image.drawbench',
  title: textToImageText.drawbench.title,
  schema: v.object({ category: v.picklist(DRAWBENCH_IDS) }),
  defaults: { category: 'counting' },
});

/** `text-to-image.generators`: the reader's ranking, best first (a permutation of the four ids). */
export const generatorsWidget = defineWidgetState({
  id: 'text-to-image.generators',
  title: textToImageText.generators.title,
  schema: v.object({
    order: v.pipe(
      v.array(v.picklist(GENERATOR_IDS)),
      v.length(GENERATOR_IDS.length),
      v.check((o) => new Set(o).size === o.length, 'each generator once'),
    ),
  }),
  defaults: { order: [...GENERATOR_IDS] },
});
