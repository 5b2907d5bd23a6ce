/**
 * Data builder of the padding figure (`detection.padding`): the "tight but
 * fewer" detector of the presets figure, plus `extras` detections appended
 * below every existing score. Every seventh extra (the 4th, 11th and 18th)
 * finds one of the three objects the detector missed; the others are seeded
 * random boxes. Appending detections below every score can only add points
 * at the end of the precision-recall curve, so interpolated AP never drops,
 * while the precision of everything the detector outputs collapses.
 */
import { boxTuple, type BoxXywh } from '../../lib/geometry';
import { mulberry32 } from '../../lib/random';
import { streetCocoArgs } from './streetCoco';
import { presetDetections, TIGHT_MISSES } from './presetDetectors';
import { STREET_OBJECTS, STREET_SIZE, streetObject, type StreetClass } from './streetScene';

/** Most extra detections the figure offers. */
export const MAX_EXTRAS = 200;
/** The lowest score of the base detector is above this; extras start just below it. */
export const EXTRA_SCORE_TOP = 0.5;
/** COCO keeps at most this many detections per image (pycocotools maxDets[-1]). */
export const COCO_MAX_DETS = 100;

/** Seed of the random extra boxes. */
const SEED = 20260407;

/** A detection of this figure: class, box, score, and whether it is an appended extra. */
export interface PaddedDetection {
  cls: StreetClass;
  box: BoxXywh;
  score: number;
  extra: boolean;
}

/** The base detector: every object except the three smallest, boxes moved 1 px (scores 0.9 to 0.65). */
export function baseDetections(): PaddedDetection[] {
  return presetDetections('tight', 0).map((d) => ({
    cls: d.cls as StreetClass,
    box: d.box,
    score: d.score,
    extra: false,
  }));
}

/**
 * The first `n` extra detections, in order of falling score: extra k has
 * score 0.5 − 0.0024 (k + 1) (from 0.4976 down to 0.02), every one below the
 * base detector's lowest (0.55) and below the extras before it.
 */
export function extraDetections(n: number): PaddedDetection[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_EXTRAS)
    throw new RangeError(`extras must be 0..${MAX_EXTRAS}`);
  const rand = mulberry32(SEED);
  const out: PaddedDetection[] = [];
  for (let k = 0; k < n; k++) {
    const score = Math.round((EXTRA_SCORE_TOP - 0.0024 * (k + 1)) * 10000) / 10000;
    // Draw the random box even when it is not used, so extra k is the same for every n.
    const w = 10 + Math.floor(rand() * 50);
    const h = 10 + Math.floor(rand() * 50);
    const x = Math.floor(rand() * (STREET_SIZE.width - w));
    const y = Math.floor(rand() * (STREET_SIZE.height - h));
    const cls: StreetClass = rand() < 0.5 ? 'car' : 'person';
    const missed = k % 7 === 3 ? TIGHT_MISSES[(k - 3) / 7] : undefined;
    if (missed !== undefined) {
      const o = streetObject(missed);
      out.push({ cls: o.cls, box: o.box, score, extra: true });
    } else {
      out.push({ cls, box: [x, y, w, h], score, extra: true });
    }
  }
  return out;
}

/** The base detections followed by `extras` appended ones. */
export function paddedDetections(extras: number): PaddedDetection[] {
  return [...baseDetections(), ...extraDetections(extras)];
}

/** The `coco_eval` arguments (bbox) of the detector with `extras` appended detections. */
export function paddingCocoArgs(extras: number) {
  return streetCocoArgs(paddedDetections(extras));
}

/**
 * The `detection_image_counts` arguments (IoU 0.5) of the detections with
 * score at least `minScore` (0 keeps every detection the detector outputs).
 */
export function paddingCountArgs(extras: number, minScore: number) {
  return {
    images: [
      {
        ground_truths: STREET_OBJECTS.map((o) => ({ box: boxTuple(o.box), class: o.cls })),
        detections: paddedDetections(extras)
          .filter((d) => d.score >= minScore)
          .map((d) => ({ box: boxTuple(d.box), score: d.score, class: d.cls })),
      },
    ],
    iou_threshold: 0.5,
  };
}
