/**
 * Colouring depth and error maps for a canvas: a lookup table built from a
 * perceptual d3 colour map (`lib/colour` `lut`), applied to a 160x120 map on the main thread (a
 * label-map-sized loop, allowed by DESIGN.md "Main thread").
 */

/** How to colour one map. */
export interface ColorizeOptions {
  /** Value shown at the first colour of the table. */
  lo: number;
  /** Value shown at the last colour (larger values are clipped to it). */
  hi: number;
  /** RGB lookup table from `lib/colour` `lut`. */
  lut: Uint8Array;
  /** 1 where the pixel has a value to show; elsewhere a grey hatch (no ground truth). */
  mask?: ArrayLike<number>;
  /** Flip the table (e.g. near = bright). */
  reverse?: boolean;
  /** Image width, for the hatch pattern. */
  width: number;
}

/** Light and dark grey of the diagonal hatch that marks pixels without a value. */
export const HATCH: readonly [number, number] = [150, 205];

/**
 * RGBA pixels for ImageData: value v maps to the table entry at
 * t = clamp((v - lo) / (hi - lo), 0, 1) (1 - t when reversed); masked-out
 * pixels get a diagonal grey hatch with a 4-pixel period.
 */
export function colorize(values: ArrayLike<number>, o: ColorizeOptions): Uint8ClampedArray {
  const n = values.length;
  const out = new Uint8ClampedArray(n * 4);
  const size = o.lut.length / 3;
  const span = o.hi - o.lo;
  for (let i = 0; i < n; i++) {
    const j = i * 4;
    out[j + 3] = 255;
    if (o.mask && !o.mask[i]) {
      const x = i % o.width;
      const y = (i - x) / o.width;
      const grey = (x + y) % 4 < 2 ? HATCH[0] : HATCH[1];
      out[j] = grey;
      out[j + 1] = grey;
      out[j + 2] = grey;
      continue;
    }
    let t = span > 0 ? (values[i]! - o.lo) / span : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    if (o.reverse) t = 1 - t;
    const k = Math.round(t * (size - 1)) * 3;
    out[j] = o.lut[k]!;
    out[j + 1] = o.lut[k + 1]!;
    out[j + 2] = o.lut[k + 2]!;
  }
  return out;
}

/** `count` evenly spaced legend ticks from lo to hi, both included (count >= 2). */
export function legendTicks(lo: number, hi: number, count: number): number[] {
  const c = Math.max(2, Math.floor(count));
  return Array.from({ length: c }, (_, k) => lo + ((hi - lo) * k) / (c - 1));
}
