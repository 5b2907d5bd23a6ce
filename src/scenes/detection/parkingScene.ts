/**
 * The drawn car park seen from above, a crowded COCO-like scene: 640x400 px
 * with many small cars (every one under 32² px of area), and the photo of an
 * espresso cup, an iconic VOC-like image with one large centred object.
 */
import type { BoxXywh } from '../../lib/geometry';

/** Size of the car park drawing in pixels. */
export const PARKING_SIZE = { width: 640, height: 400 } as const;

const ROWS = [44, 164, 300];
const FILLED = ['1101101111011010', '0111011010110111', '1011110101101101'];

/** The parked cars' boxes, row by row (occupied bays only). */
export const PARKING_CARS: readonly BoxXywh[] = ROWS.flatMap((y, r) =>
  [...FILLED[r]!].flatMap((bit, k): BoxXywh[] => {
    if (bit !== '1') return [];
    const w = 13 + ((k + r) % 3);
    const h = 22 + ((2 * k + r) % 5);
    return [[24 + k * 37 + ((k * 3 + r) % 4), y + ((k + 2 * r) % 4), w, h]];
  }),
);

/** The parking bays' left edges and the rows' tops, for the painted lines. */
export const PARKING_BAYS = { rows: ROWS, count: 16, pitch: 37, left: 20, depth: 34 } as const;

/** The espresso photo (public/images/coffee.png) and its one annotated object, the cup with its handle. */
export const CUP_IMAGE = {
  src: 'images/coffee.png',
  width: 600,
  height: 400,
  cup: [172, 17, 238, 288] as BoxXywh,
} as const;
