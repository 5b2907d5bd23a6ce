/**
 * The toy feature stacks of the LPIPS figure: one layer of 3 channels at 2 x 2
 * positions for each of two pictures, plus one weight per channel. The
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

/**
 * `dog`: two different photos of a golden retriever on grass under the sky
 * (similar features, though no pixel is the same); `cat`: the same first
 * photo against a cat on a sofa indoors (different features).
 */
export const LPIPS_PRESETS = {
  dog: {
    // channels: fur, grass, sky; positions: top-left, top-right, bottom-left, bottom-right
    a: [0.2, 0.1, 1.6, 0.3, 0.1, 0.2, 0.4, 1.5, 1.5, 1.4, 0.1, 0.1],
    b: [0.3, 0.1, 1.4, 0.4, 0.1, 0.3, 0.5, 1.3, 1.4, 1.5, 0.2, 0.1],
    w: [1, 0.5, 0.5],
  },
  cat: {
    a: [0.2, 0.1, 1.6, 0.3, 0.1, 0.2, 0.4, 1.5, 1.5, 1.4, 0.1, 0.1],
    b: [1.2, 0.3, 1.7, 1.1, 0, 0, 0, 0, 0.1, 0, 0, 0],
    w: [1, 0.5, 0.5],
  },
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
