/**
 * Turns the depth figures' states into `depth_scene` worker arguments: the
 * depth map figure (noise in percent, KITTI cap) and the conventions figure
 * (cap, sky fill, median scaling, a model that is exact up to its scale).
 */

/** Evaluation caps the reader can choose. */
export type CapId = 'kitti' | 'nyu' | 'none';
/** The caps in the order the radios show them. */
export const CAP_IDS: readonly CapId[] = ['kitti', 'nyu', 'none'];

/** The cap in metres (Infinity: no cap). KITTI 80 m (Eigen split, monodepth2), NYU Depth v2 10 m. */
export const CAP_DEPTH: Readonly<Record<CapId, number>> = { kitti: 80, nyu: 10, none: Infinity };

/** What the naive readout writes into the sky. */
export type FillId = 'zero' | 'cap';
/** The sky fills in the order the radios show them. */
export const FILL_IDS: readonly FillId[] = ['zero', 'cap'];

/** The sky's ground truth in the naive readout: 0 m, or the cap (0 m when there is no cap). */
export function skyFill(cap: CapId, fill: FillId): number {
  return fill === 'cap' && cap !== 'none' ? CAP_DEPTH[cap] : 0;
}

/** State of the depth-map figure. */
export interface MapControls {
  scale: number;
  /** Percent of true depth, 0-20. */
  nearNoise: number;
  farNoise: number;
  /** Pixels. */
  edgeBlur: number;
}

/** `depth_scene` args of the depth-map figure: KITTI's 80 m cap, no median scaling, maps included. */
export function mapArgs(c: MapControls): Record<string, unknown> {
  return {
    scale: c.scale,
    near_noise: c.nearNoise / 100,
    far_noise: c.farNoise / 100,
    edge_blur: c.edgeBlur,
    max_depth: CAP_DEPTH.kitti,
    median_scaling: false,
    sky_fill: 0,
    maps: true,
  };
}

/** State of the conventions figure. */
export interface ConventionControls {
  cap: CapId;
  fill: FillId;
  medianScaling: boolean;
  scale: number;
}

/**
 * `depth_scene` args of the conventions figure: a monocular model that is
 * exact up to one global scale (no noise, no blur), evaluated with the chosen
 * cap and median scaling; the naive readout fills the sky as chosen.
 */
export function conventionArgs(c: ConventionControls): Record<string, unknown> {
  return {
    scale: c.scale,
    near_noise: 0,
    far_noise: 0,
    edge_blur: 0,
    max_depth: CAP_DEPTH[c.cap],
    median_scaling: c.medianScaling,
    sky_fill: skyFill(c.cap, c.fill),
    maps: true,
  };
}
