/**
 * Synthetic structures for the "small structures" figure: a round lesion or
 * organ of a chosen radius, and a prediction that misses the outermost layer
 * of pixels along its boundary (the same one-pixel error whatever the size).
 */

/** A ground-truth mask and a prediction of the same square size (0/1 labels). */
export interface StructurePair {
  readonly size: number;
  readonly gt: Uint8Array;
  readonly pred: Uint8Array;
}

/**
 * A size x size mask of the disc of radius `r` centred on the map's centre:
 * 1 where the pixel centre lies within `r`. With an odd size the centre is a
 * pixel centre, so radius 0 is that single pixel.
 */
export function discMask(size: number, r: number): Uint8Array {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`size must be a positive integer, got ${size}`);
  if (!(r >= 0)) throw new RangeError(`radius must be >= 0, got ${r}`);
  const out = new Uint8Array(size * size);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + 0.5 - c) ** 2 + (y + 0.5 - c) ** 2 <= r * r) out[y * size + x] = 1;
    }
  }
  return out;
}

/** Pixels left free around a structure. */
const MARGIN = 3;

/**
 * Erosion by one pixel: keeps the 1-pixels whose four neighbours are all 1
 * (a pixel on the map's edge counts as touching the outside). Returns a new
 * mask.
 */
export function erodeOnce(mask: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      const inside =
        mask[i] === 1 &&
        x > 0 &&
        y > 0 &&
        x < size - 1 &&
        y < size - 1 &&
        mask[i - 1] === 1 &&
        mask[i + 1] === 1 &&
        mask[i - size] === 1 &&
        mask[i + size] === 1;
      if (inside) out[i] = 1;
    }
  }
  return out;
}

/**
 * A disc of radius `radius` (>= 1) as ground truth and, as prediction, the
 * same disc with its outermost layer of pixels removed (eroded once): the
 * model misses a one-pixel ring all round the boundary. The map is the
 * smallest odd square that fits the disc plus a margin of MARGIN pixels.
 */
export function boundaryErrorPair(radius: number): StructurePair {
  if (!Number.isInteger(radius) || radius < 1)
    throw new RangeError(`radius must be an integer >= 1, got ${radius}`);
  const size = 2 * (radius + MARGIN) + 1;
  const gt = discMask(size, radius);
  return { size, gt, pred: erodeOnce(gt, size) };
}

/** Radius of the large structure (the "organ"). */
export const LARGE_RADIUS = 40;

/** Slider range of the small structure's radius (the "lesion"). */
export const SMALL_RADIUS = { min: 1, max: 20, initial: 4 } as const;
