/**
 * Data builder of the VOC-or-COCO figure (`detection.presets`): two
 * simulated detectors on the drawn street and their `coco_eval` arguments.
 */
import type { BoxXywh } from '../../lib/geometry';
import { streetCocoArgs } from './streetCoco';
import { growBox } from './detector';
import { moveBox } from '../../lib/geometry';
import { STREET_OBJECTS, STREET_SIZE } from './streetScene';

/** The two detectors. */
export type Preset = 'loose' | 'tight';

/** Both presets, in table order. */
export const PRESETS: readonly Preset[] = ['loose', 'tight'];

/** Objects the "tight but fewer" detector misses: the three smallest. */
export const TIGHT_MISSES: readonly string[] = ['car-4', 'person-3', 'person-4'];

/** A detection of a preset: the object it came from, its class, box and score. */
export interface PresetDetection {
  objectId: string;
  cls: string;
  box: BoxXywh;
  score: number;
}

/**
 * The detections of a preset. "Loose but right": every object, its box grown
 * by `growthPct` % in width and height about its centre, not rounded (30 %
 * makes every box 1.69 times its object's area: IoU = 1 / 1.69 ≈ 0.59). "Tight but fewer": every object
 * but TIGHT_MISSES, its box moved 1 px to the right (IoU 0.91 to 0.99).
 * Scores fall from 0.9 in object order.
 */
export function presetDetections(preset: Preset, growthPct: number): PresetDetection[] {
  return STREET_OBJECTS.flatMap((o, i): PresetDetection[] => {
    if (preset === 'tight' && TIGHT_MISSES.includes(o.id)) return [];
    const box =
      preset === 'loose'
        ? growBox(o.box, 1 + growthPct / 100, STREET_SIZE, false)
        : moveBox(o.box, 1, 0, STREET_SIZE);
    return [{ objectId: o.id, cls: o.cls, box, score: Math.round((0.9 - 0.05 * i) * 100) / 100 }];
  });
}

/** The `coco_eval` arguments (bbox) of a preset over the street's eight objects. */
export function presetArgs(preset: Preset, growthPct: number) {
  return streetCocoArgs(presetDetections(preset, growthPct));
}
