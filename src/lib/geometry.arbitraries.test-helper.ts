/** Test helper: fast-check generators of integer-pixel boxes. */
import fc from 'fast-check';
import type { BoxXywh } from './geometry';

/** Ranges of a generated box: corner in [0, maxX] x [0, maxY], sides in [minSide, maxSide]. */
export interface BoxArbitraryRange {
  maxX: number;
  maxY: number;
  minSide: number;
  maxSide: number;
}

/** Integer boxes [x, y, w, h] inside the given ranges. */
export function boxArbitrary({ maxX, maxY, minSide, maxSide }: BoxArbitraryRange): fc.Arbitrary<BoxXywh> {
  const side = fc.integer({ min: minSide, max: maxSide });
  return fc
    .tuple(fc.integer({ min: 0, max: maxX }), fc.integer({ min: 0, max: maxY }), side, side)
    .map((b): BoxXywh => b);
}
