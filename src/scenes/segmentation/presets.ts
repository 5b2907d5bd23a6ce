/**
 * The prediction presets of the painter: five made-up models, each showing a
 * typical kind of mistake on the street scene. They are computed from the
 * ground truth, so they always fit it.
 */
import { CLASS_ID, SCENE_HEIGHT, SCENE_WIDTH } from './classes';
import { paintSegment } from '../../lib/brush';
import { dilateClass, removeSmallComponents } from './morphology';
import { SCENE_POST } from './scene';

/** Preset ids, in the order of the buttons. */
export const PRESET_IDS = ['lazy', 'perfect', 'sloppy', 'missesSmall', 'overSegments'] as const;

/** A preset id. */
export type PresetId = (typeof PRESET_IDS)[number];

/** The slightly sloppy preset: the prediction of the empty-reference figure (the painter opens on `lazy`). */
export const DEFAULT_PRESET: PresetId = 'sloppy';

/** Objects smaller than this (in pixels) vanish in the "misses small objects" preset. */
export const SMALL_OBJECT_AREA = 150;

/** Object classes, grown in this order so people end up on top. */
const OBJECT_ORDER = [CLASS_ID.sidewalk, CLASS_ID.car, CLASS_ID.person] as const;

function grow(gt: Uint8Array, size: number): Uint8Array {
  let out = gt.slice();
  for (const cls of OBJECT_ORDER) {
    const grown = dilateClass({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data: gt }, cls, size);
    const next = out.slice();
    for (let i = 0; i < grown.length; i++) if (grown[i] === cls) next[i] = cls;
    out = next;
  }
  return out;
}

function falseAlarms(pred: Uint8Array): Uint8Array {
  const out = pred.slice();
  const target = { width: SCENE_WIDTH, height: SCENE_HEIGHT, data: out };
  // The lamp post taken for a person, and a dark patch of road taken for a car.
  paintSegment(
    target,
    SCENE_POST.column,
    SCENE_POST.top + 4,
    SCENE_POST.column,
    SCENE_POST.bottom - 2,
    4,
    CLASS_ID.person,
  );
  paintSegment(target, 96, 104, 112, 104, 6, CLASS_ID.car);
  return out;
}

/**
 * The prediction of a preset for ground truth `gt` (SCENE_WIDTH x SCENE_HEIGHT):
 * - `lazy`: everything background (about 90 % pixel accuracy on this scene);
 * - `perfect`: the ground truth itself;
 * - `sloppy`: every object grown by about one pixel all round (brush size 3);
 * - `missesSmall`: the ground truth with every object piece under
 *   SMALL_OBJECT_AREA pixels erased (all the people, the far car);
 * - `overSegments`: objects grown by three pixels (brush size 7) plus two
 *   false alarms (the lamp post as a person, a patch of road as a car).
 */
export function presetPrediction(id: PresetId, gt: Uint8Array): Uint8Array {
  if (gt.length !== SCENE_WIDTH * SCENE_HEIGHT) {
    throw new RangeError(`gt must hold ${SCENE_WIDTH * SCENE_HEIGHT} labels, got ${gt.length}`);
  }
  switch (id) {
    case 'lazy':
      return new Uint8Array(gt.length).fill(CLASS_ID.background);
    case 'perfect':
      return gt.slice();
    case 'sloppy':
      return grow(gt, 3);
    case 'missesSmall':
      return removeSmallComponents({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data: gt }, SMALL_OBJECT_AREA);
    case 'overSegments':
      return falseAlarms(grow(gt, 7));
  }
}
