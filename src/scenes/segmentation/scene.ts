/**
 * The street scene of the segmentation section, drawn in code: a road
 * vanishing towards the horizon, a sidewalk on the right, two cars and three
 * people. `groundTruth()` is its label map (160 x 120, classes of classes.ts);
 * `scenePhoto()` paints a flat, picture-book version of the same scene so the
 * reader can see what they are labelling. Roughly 90 % of the pixels are
 * background (road, sky, buildings, verge, a lamp post), and the people are
 * small: that imbalance is the whole point of the section.
 */
import { CLASS_ID, SCENE_HEIGHT, SCENE_WIDTH } from './classes';

const HORIZON = 46;
const VANISH_X = 80;

/** A person standing with the feet at (`x`, `feet`) (continuous coordinates), `height` label pixels tall. */
export interface ScenePerson {
  readonly x: number;
  readonly feet: number;
  readonly height: number;
}

/** A car seen from behind or the side: body box plus a narrower cabin on top. */
export interface SceneCar {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly bodyHeight: number;
  readonly cabinHeight: number;
}

/** The people of the scene, nearest first (the third is 7 pixels tall). */
export const SCENE_PEOPLE: readonly ScenePerson[] = [
  { x: 130.5, feet: 96, height: 18 },
  { x: 113.5, feet: 78, height: 12 },
  { x: 98.5, feet: 60, height: 7 },
];

/** The cars of the scene, nearest first. */
export const SCENE_CARS: readonly SceneCar[] = [
  { left: 22, right: 62, bottom: 100, bodyHeight: 12, cabinHeight: 8 },
  { left: 66, right: 80, bottom: 62, bodyHeight: 4, cabinHeight: 3 },
];

/** The lamp post on the sidewalk (one pixel column, rows top..bottom-1): background, but upright and thin like a person. */
export const SCENE_POST = { column: 117, top: 52, bottom: 84 } as const;
const POST = { x: SCENE_POST.column + 0.5, top: SCENE_POST.top, bottom: SCENE_POST.bottom };

function depth(y: number): number {
  return (y - HORIZON) / (SCENE_HEIGHT - HORIZON);
}

function roadRightEdge(y: number): number {
  return VANISH_X + 4 + 52 * depth(y);
}

function roadLeftEdge(y: number): number {
  return VANISH_X - 4 - 116 * depth(y);
}

function sidewalkOuterEdge(y: number): number {
  return VANISH_X + 7 + 77 * depth(y);
}

function inPerson(p: ScenePerson, x: number, y: number): boolean {
  const top = p.feet - p.height;
  const headR = p.height >= 10 ? p.height * 0.11 : 1;
  const d = Math.abs(x - p.x);
  if (d * d + (y - top - headR) ** 2 <= headR * headR + 0.3) return true;
  const hip = top + p.height * 0.6;
  if (y >= top + 2 * headR && y < hip) return d <= Math.max(1, Math.round(p.height * 0.12));
  if (y >= hip && y < p.feet) {
    const gap = p.height >= 10 ? 0.5 : 0;
    return d >= gap && d <= gap + Math.max(1, Math.round(p.height * 0.11));
  }
  return false;
}

function inCar(c: SceneCar, x: number, y: number): boolean {
  if (x < c.left || x >= c.right || y >= c.bottom) return false;
  const bodyTop = c.bottom - c.bodyHeight;
  if (y >= bodyTop) return true;
  const cabinTop = bodyTop - c.cabinHeight;
  if (y < cabinTop) return false;
  const width = c.right - c.left;
  const slope = (bodyTop - y) / c.cabinHeight;
  const inset = width * (0.18 + 0.1 * slope);
  return x >= c.left + inset && x < c.right - inset;
}

function inSidewalk(x: number, y: number): boolean {
  return y >= HORIZON && x >= roadRightEdge(y) && x < sidewalkOuterEdge(y);
}

/** The ground-truth class id at label pixel (x, y); people in front of cars in front of the sidewalk. */
export function sceneLabelAt(x: number, y: number): number {
  const cx = x + 0.5;
  const cy = y + 0.5;
  if (SCENE_PEOPLE.some((p) => inPerson(p, cx, cy))) return CLASS_ID.person;
  if (SCENE_CARS.some((c) => inCar(c, cx, cy))) return CLASS_ID.car;
  if (inSidewalk(cx, cy)) return CLASS_ID.sidewalk;
  return CLASS_ID.background;
}

let cachedTruth: Uint8Array | null = null;

/** The scene's ground-truth label map, row-major, SCENE_WIDTH x SCENE_HEIGHT (a fresh copy each call). */
export function groundTruth(): Uint8Array {
  if (!cachedTruth) {
    cachedTruth = new Uint8Array(SCENE_WIDTH * SCENE_HEIGHT);
    for (let y = 0; y < SCENE_HEIGHT; y++) {
      for (let x = 0; x < SCENE_WIDTH; x++) cachedTruth[y * SCENE_WIDTH + x] = sceneLabelAt(x, y);
    }
  }
  return cachedTruth.slice();
}

/** A small deterministic pseudo-random value in [0, 1) for texture (integer hash of the pixel). */
function grain(x: number, y: number): number {
  let h = (x * 374761393 + y * 668265263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

type Rgb = readonly [number, number, number];

function backgroundColour(x: number, y: number): Rgb {
  const cx = x + 0.5;
  const cy = y + 0.5;
  if (Math.abs(cx - POST.x) < 1 && cy >= POST.top && cy < POST.bottom) return [70, 74, 80];
  if (Math.abs(cx - POST.x) < 3 && cy >= POST.top - 2 && cy < POST.top) return [70, 74, 80];
  if (cy < HORIZON) {
    const leftBlock = cx < 64 && cy > 8 + ((10 * Math.floor(cx / 22)) % 3) * 4;
    const rightBlock = cx > 96 && cy > 12 + (Math.floor(cx / 18) % 3) * 5;
    if (leftBlock || rightBlock) {
      const window = Math.floor(cx) % 6 < 3 && Math.floor(cy) % 7 < 4;
      return window ? [150, 170, 190] : rightBlock ? [176, 120, 96] : [196, 180, 150];
    }
    const t = cy / HORIZON;
    return [140 + 60 * t, 190 + 40 * t, 235];
  }
  if (cx < roadLeftEdge(cy)) return [96, 150, 80];
  if (cx >= sidewalkOuterEdge(cy)) return Math.floor(cy) % 9 < 2 ? [120, 84, 70] : [176, 120, 96];
  const lane = Math.abs(cx - (VANISH_X - 20 * depth(cy))) < 0.6 + depth(cy);
  if (lane && Math.floor(cy * 0.6 + 100 / (cy - HORIZON + 4)) % 3 === 0) return [235, 235, 225];
  return [88, 90, 96];
}

function personColour(p: ScenePerson, y: number): Rgb {
  const top = p.feet - p.height;
  if (y < top + 2 * Math.max(1, p.height * 0.11)) return [224, 172, 128];
  return y < top + p.height * 0.6 ? [200, 40, 60] : [40, 50, 90];
}

function carColour(c: SceneCar, x: number, y: number, index: number): Rgb {
  const bodyTop = c.bottom - c.bodyHeight;
  if (y < bodyTop) return [40, 60, 80];
  const wheel = y >= c.bottom - 3 && ((x - c.left) % (c.right - c.left) < 6 || c.right - x < 7);
  if (wheel && c.bodyHeight > 6) return [25, 25, 28];
  return index === 0 ? [30, 90, 200] : [220, 220, 225];
}

/** The scene as an RGBA picture (SCENE_WIDTH x SCENE_HEIGHT), consistent with `groundTruth()`. */
export function scenePhoto(): Uint8ClampedArray {
  const out = new Uint8ClampedArray(SCENE_WIDTH * SCENE_HEIGHT * 4);
  for (let y = 0; y < SCENE_HEIGHT; y++) {
    for (let x = 0; x < SCENE_WIDTH; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const label = sceneLabelAt(x, y);
      let rgb: Rgb;
      if (label === CLASS_ID.person) {
        rgb = personColour(SCENE_PEOPLE.find((p) => inPerson(p, cx, cy)) ?? SCENE_PEOPLE[0]!, cy);
      } else if (label === CLASS_ID.car) {
        const index = SCENE_CARS.findIndex((c) => inCar(c, cx, cy));
        rgb = carColour(SCENE_CARS[index] ?? SCENE_CARS[0]!, cx, cy, index);
      } else if (label === CLASS_ID.sidewalk) {
        rgb = Math.floor(cy) % 5 === 0 ? [150, 150, 150] : [190, 188, 182];
      } else {
        rgb = backgroundColour(x, y);
      }
      const n = (grain(x, y) - 0.5) * 14;
      const i = (y * SCENE_WIDTH + x) * 4;
      out[i] = rgb[0] + n;
      out[i + 1] = rgb[1] + n;
      out[i + 2] = rgb[2] + n;
      out[i + 3] = 255;
    }
  }
  return out;
}
