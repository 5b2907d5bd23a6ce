/**
 * Builds the painter's picture: the scene photo with optional overlays of the
 * prediction (class colours, half transparent), the error map (TP, FP, FN)
 * and the ground truth (outlines). Output is RGBA at label resolution; the
 * canvas scales it up with crisp pixels.
 */
import { CLASS_RGB } from '../../../../scenes/segmentation/classes';
import { ERROR_KIND, errorMap } from './errorMap';

/** Which overlays to draw. */
export interface OverlayOptions {
  /** Ground-truth outlines. */
  readonly truth: boolean;
  /** Predicted classes, filled half transparent. */
  readonly prediction: boolean;
  /** TP / FP / FN colours (Okabe-Ito blue solid, orange dotted, reddish purple with white hatching). */
  readonly errors: boolean;
  /** The class the error map is about, or all object classes. */
  readonly errorClass: number | 'all';
}

/** Error-map colours by ERROR_KIND (index 0 unused). */
export const ERROR_RGB: readonly (readonly [number, number, number])[] = [
  [0, 0, 0],
  [0, 114, 178],
  [230, 159, 0],
  [204, 121, 167],
];

/** The dots drawn on false positives (a dark brown on the orange), so FP differs from TP by pattern too. */
export const FP_DOT_RGB: readonly [number, number, number] = [70, 40, 0];

/** True at the 2 x 2 centre of each label pixel drawn at `scale` >= 4: where a false positive gets its dot. */
export function isDot(sx: number, sy: number, scale: number): boolean {
  if (scale < 4) return false;
  const lo = Math.floor(scale / 2) - 1;
  return (sx === lo || sx === lo + 1) && (sy === lo || sy === lo + 1);
}

/**
 * Marks the boundary pixels of the non-background regions of a label map:
 * pixels of a non-zero class with a 4-neighbour of another class (the map's
 * edge does not count as a boundary).
 */
export function boundaryMask(labels: ArrayLike<number>, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const c = labels[i]!;
      if (c === 0) continue;
      const differs =
        (x > 0 && labels[i - 1] !== c) ||
        (x < width - 1 && labels[i + 1] !== c) ||
        (y > 0 && labels[i - width] !== c) ||
        (y < height - 1 && labels[i + width] !== c);
      if (differs) out[i] = 1;
    }
  }
  return out;
}

function mix(base: number, over: number, alpha: number): number {
  return base * (1 - alpha) + over * alpha;
}

/** Paint used at one output pixel, before the outlines. */
function baseColour(
  out: [number, number, number],
  photo: Uint8ClampedArray,
  i: number,
  predClass: number,
  kind: number,
  options: OverlayOptions,
  hatch: boolean,
  dot: boolean,
): void {
  out[0] = photo[i * 4]!;
  out[1] = photo[i * 4 + 1]!;
  out[2] = photo[i * 4 + 2]!;
  if (options.prediction && predClass !== 0) {
    const c = CLASS_RGB[predClass] ?? [0, 0, 0];
    for (let k = 0; k < 3; k++) out[k] = mix(out[k]!, c[k]!, 0.6);
  }
  if (!options.errors) return;
  if (kind === ERROR_KIND.none) {
    const grey = (out[0] + out[1] + out[2]) / 3;
    for (let k = 0; k < 3; k++) out[k] = mix(mix(out[k]!, grey, 0.7), 255, 0.25);
    return;
  }
  const c =
    kind === ERROR_KIND.fn && hatch
      ? [255, 255, 255]
      : kind === ERROR_KIND.fp && dot
        ? FP_DOT_RGB
        : (ERROR_RGB[kind] ?? [0, 0, 0]);
  for (let k = 0; k < 3; k++) out[k] = mix(out[k]!, c[k]!, 0.9);
}

/**
 * The painter's picture at `scale` output pixels per label pixel: `photo`
 * (RGBA, width x height) with the chosen overlays, in the order prediction,
 * error map, ground-truth outlines. With the error map on, pixels that are
 * neither TP, FP nor FN are greyed so the coloured ones stand out; true
 * positives are solid, false positives dotted (at scale >= 4) and false
 * negatives hatched with white diagonals, so the three differ by more than
 * hue. Outlines run along the edges between label pixels of
 * different ground-truth class (one of them not background): white on the
 * object's side, black on the other, so they show on light and dark areas.
 * At scale 1 the hatching becomes a checkerboard and the outline covers the
 * object's boundary pixels (white only).
 */
export function composePicture(
  photo: Uint8ClampedArray,
  gt: ArrayLike<number>,
  pred: ArrayLike<number>,
  width: number,
  height: number,
  options: OverlayOptions,
  scale = 1,
): Uint8ClampedArray {
  const n = width * height;
  if (photo.length !== n * 4 || gt.length !== n || pred.length !== n) {
    throw new RangeError('photo, gt and pred must all cover width x height pixels');
  }
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a positive integer, got ${scale}`);
  const kinds = options.errors ? errorMap(gt, pred, options.errorClass) : null;
  const edge = options.truth && scale === 1 ? boundaryMask(gt, width, height) : null;
  const W = width * scale;
  const out = new Uint8ClampedArray(W * height * scale * 4);
  const rgb: [number, number, number] = [0, 0, 0];
  for (let Y = 0; Y < height * scale; Y++) {
    const y = Math.floor(Y / scale);
    const sy = Y - y * scale;
    for (let X = 0; X < W; X++) {
      const x = Math.floor(X / scale);
      const sx = X - x * scale;
      const i = y * width + x;
      const hatch = scale === 1 ? (x + y) % 2 === 1 : (X + Y) % 4 < 2;
      baseColour(rgb, photo, i, pred[i]!, kinds ? kinds[i]! : 0, options, hatch, isDot(sx, sy, scale));
      if (edge && edge[i]) for (let k = 0; k < 3; k++) rgb[k] = mix(rgb[k]!, 255, 0.9);
      if (options.truth && scale > 1) {
        const g = gt[i]!;
        const differs =
          (sx === 0 && x > 0 && gt[i - 1] !== g) ||
          (sx === scale - 1 && x < width - 1 && gt[i + 1] !== g) ||
          (sy === 0 && y > 0 && gt[i - width] !== g) ||
          (sy === scale - 1 && y < height - 1 && gt[i + width] !== g);
        if (differs) {
          const v = g !== 0 ? 255 : 0;
          rgb[0] = v;
          rgb[1] = v;
          rgb[2] = v;
        }
      }
      const o = (Y * W + X) * 4;
      out[o] = rgb[0];
      out[o + 1] = rgb[1];
      out[o + 2] = rgb[2];
      out[o + 3] = 255;
    }
  }
  return out;
}
