/**
 * The pedestrian probability map of the precision-recall figure: what a
 * segmentation network's "person" output might look like on a crop of the
 * street scene. Confident in the middle of big people, unsure at their edges
 * and on the small far-away person, a halo of low probability around them,
 * and a lamp post that looks a bit like a person. Made up, but built so that
 * raising the threshold trades recall for precision as real maps do (on the
 * slider's steps precision never falls and recall never rises).
 */
import { CLASS_ID, SCENE_WIDTH } from './classes';
import { SCENE_POST, groundTruth } from './scene';
import { components } from './morphology';
import { CROP } from './threshold';
import { gaussianBlur } from '../../metrics/image/gaussianBlur';

/** Kernel radius of the map's blurs in standard deviations (scipy's `truncate`). */
export const MAP_TRUNCATE = 3;

export { CROP };

/** Lamp-post pixels in crop coordinates (background in the ground truth). */
const POST = {
  x: SCENE_POST.column - CROP.x,
  top: SCENE_POST.top - CROP.y,
  bottom: SCENE_POST.bottom - CROP.y,
};

/** Probability the model gives the lamp post, from its foot to its top. */
const POST_LOW = 0.3;
const POST_HIGH = 0.55;

/** The crop's person ground truth (1 = person) and the model's probability per pixel. */
export interface PedestrianMap {
  readonly width: number;
  readonly height: number;
  readonly gt: Uint8Array;
  readonly probability: Float32Array;
}

/** A deterministic pseudo-random value in [0, 1) per pixel (integer hash), for texture. */
function jitter(x: number, y: number): number {
  let h = Math.imul(x + 1, 374761393) ^ Math.imul(y + 7, 668265263);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * The blur of the map: the project's one Gaussian kernel
 * (`metrics/image/gaussianBlur`, scipy's 'reflect' border) with a radius of
 * about three standard deviations (truncate 3: radius int(3 sigma + 0.5)).
 */
function blur(src: ArrayLike<number>, width: number, height: number, sigma: number): Float64Array {
  return gaussianBlur({ width, height, channels: 1, data: Float64Array.from(src) }, sigma, {
    truncate: MAP_TRUNCATE,
  }).data;
}

/** Shape parameters of the made-up network output. */
export const MAP_PARAMS: MapParams = { sigma: 0.8, gain: 1.1, smallPenalty: 0.04, jitter: 0.08 };

/** Shape parameters of `pedestrianMap`. */
export interface MapParams {
  readonly sigma: number;
  readonly gain: number;
  readonly smallPenalty: number;
  readonly jitter: number;
}

/**
 * Builds the map: the person mask blurred with a Gaussian (`sigma`), times
 * `gain`, times 1 - smallPenalty x (18 - h) near a person h pixels tall (small,
 * far people get lower scores; h is itself blurred with sigma 3 so the
 * penalty fades out around a person), plus a deterministic jitter of up to
 * +-jitter/2; the lamp post's pixels score at least 0.3 at its foot rising
 * to 0.55 at its top. Clamped to [0.01, 0.99].
 */
export function pedestrianMap(params: MapParams = MAP_PARAMS): PedestrianMap {
  const { width, height } = CROP;
  const full = groundTruth();
  const gt = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      gt[y * width + x] = full[(y + CROP.y) * SCENE_WIDTH + x + CROP.x] === CLASS_ID.person ? 1 : 0;
    }
  }
  const heightOf = new Float64Array(gt.length).fill(18);
  for (const c of components({ width, height, data: gt })) {
    const rows = c.pixels.map((i) => Math.floor(i / width));
    const h = Math.max(...rows) - Math.min(...rows) + 1;
    for (const i of c.pixels) heightOf[i] = h;
  }
  const nearestHeight = blur(heightOf, width, height, 3);
  const blurred = blur(gt, width, height, params.sigma);
  const probability = new Float32Array(gt.length);
  for (let i = 0; i < gt.length; i++) {
    const x = i % width;
    const y = Math.floor(i / width);
    const penalty = params.smallPenalty * Math.max(0, 18 - nearestHeight[i]!);
    let p = params.gain * blurred[i]! * (1 - penalty) + params.jitter * (jitter(x, y) - 0.5);
    if (x === POST.x && y >= POST.top && y < POST.bottom) {
      p = Math.max(
        p,
        POST_LOW + ((POST_HIGH - POST_LOW) * (POST.bottom - 1 - y)) / (POST.bottom - POST.top - 1),
      );
    }
    probability[i] = Math.min(0.99, Math.max(0.01, p));
  }
  return { width, height, gt, probability };
}
