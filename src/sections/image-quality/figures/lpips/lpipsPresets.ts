/**
 * The toy feature stacks of the LPIPS figure: one layer of 3 channels at 2 x 2
 * positions for a reference and a distorted copy of it, plus one weight per channel. The
 * numbers are invented to show the formula at work, not produced by a
 * network; the reader can edit every one of them.
 */

/** Channels of the toy layer (what a deep feature might respond to). */
export const LPIPS_CHANNELS = 3;
/** Positions: a 2 x 2 grid. */
export const LPIPS_SIDE = 2;
/** Values per picture: channels x positions, channel-major: index (c * 2 + y) * 2 + x. */
export const FEATURE_LENGTH = LPIPS_CHANNELS * LPIPS_SIDE * LPIPS_SIDE;

/** A preset: features of picture A and B and the channel weights. */
export interface LpipsPreset {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly w: readonly number[];
}

/** The reference's features, shared by every preset: channels edges, texture, colour; positions TL, TR, BL, BR. */
const REFERENCE = [1.2, 0.3, 0.2, 1.0, 0.4, 0.5, 1.1, 0.3, 0.6, 0.8, 0.5, 0.7] as const;
/** The channel weights of every preset. */
const WEIGHTS = [1, 0.5, 0.5] as const;

/**
 * LPIPS compares a distorted copy with its own reference, position by
 * position, so every preset is one reference and a copy of it:
 * `blurred` (weaker edges and texture, same colour), `noisy` (much more
 * texture everywhere) and `moved` (the content moved by one feature cell,
 * i.e. the two columns swapped: a large move at a deep layer).
 */
export const LPIPS_PRESETS = {
  blurred: { a: REFERENCE, b: [0.6, 0.2, 0.1, 0.5, 0.2, 0.3, 0.6, 0.2, 0.6, 0.8, 0.5, 0.7], w: WEIGHTS },
  noisy: { a: REFERENCE, b: [1.3, 0.5, 0.4, 1.1, 1.2, 1.3, 1.6, 1.1, 0.6, 0.8, 0.5, 0.7], w: WEIGHTS },
  moved: { a: REFERENCE, b: [0.3, 1.2, 1.0, 0.2, 0.5, 0.4, 0.3, 1.1, 0.8, 0.6, 0.7, 0.5], w: WEIGHTS },
} as const satisfies Record<string, LpipsPreset>;

export type LpipsPresetId = keyof typeof LPIPS_PRESETS;

/**
 * The FORMAT.md encoding of one picture's features for `lpips_features`:
 * a list of one layer, as nested [C][H][W] arrays.
 */
export function featureLayers(values: readonly number[]): number[][][][] {
  const layer: number[][][] = [];
  for (let c = 0; c < LPIPS_CHANNELS; c++) {
    const plane: number[][] = [];
    for (let y = 0; y < LPIPS_SIDE; y++) {
      const row: number[] = [];
      for (let x = 0; x < LPIPS_SIDE; x++) row.push(values[(c * LPIPS_SIDE + y) * LPIPS_SIDE + x] ?? 0);
      plane.push(row);
    }
    layer.push(plane);
  }
  return [layer];
}
