/**
 * The depth job's settings, shared by the job and the panel: how 16-bit PNGs
 * turn into metres, the depth caps and median scaling (monodepth2's options).
 */

/** Depth settings as the Lab's depth panel sets them. */
export interface DepthSettings {
  /** PNG (and integer .npy) values are divided by this to give metres: 256 for KITTI, 1000 for NYU. */
  scale: number;
  /** Ground truth must exceed this to count; predictions are clamped up to it (metres). */
  minDepth: number;
  /** Ground truth must be below this to count; predictions are clamped down to it (metres). */
  maxDepth: number;
  /** Scale predictions by median(gt) / median(pred) over the valid pixels first. */
  medianScaling: boolean;
  /**
   * Also require the pixel to lie in the Garg/Eigen crop, as monodepth2 does
   * for the KITTI eigen split: rows [int(0.40810811 H), int(0.99189189 H)),
   * columns [int(0.03594771 W), int(0.96405229 W)).
   */
  gargCrop: boolean;
}

/** KITTI's conventions (monodepth2): scale 256, caps 1e-3 and 80 m, no median scaling, no crop. */
export const DEFAULT_DEPTH_SETTINGS: DepthSettings = {
  scale: 256,
  minDepth: 0.001,
  maxDepth: 80,
  medianScaling: false,
  gargCrop: false,
};

/** The Garg/Eigen crop of monodepth2 `evaluate_depth.py`: [top, bottom, left, right), numpy's int32 truncation. */
export function gargCropBox(
  width: number,
  height: number,
): [top: number, bottom: number, left: number, right: number] {
  return [
    Math.trunc(0.40810811 * height),
    Math.trunc(0.99189189 * height),
    Math.trunc(0.03594771 * width),
    Math.trunc(0.96405229 * width),
  ];
}
