/**
 * Shapes of the worker results the image-quality figures read. The section
 * may not import metric code, so they are restated here from
 * src/metrics/image-quality-widgets/pipeline.ts.
 */

/** `image_quality_copy`: a scored copy and its pixels. */
export interface CopyResult {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  psnr: number;
  mse: number;
  ssim: number;
  scored_width: number;
}

/** `image_quality_match_noise`. */
export interface MatchResult {
  sigma: number;
  matched: boolean;
  target_psnr: number;
  psnr: number;
}

/** `image_quality_ssim_map`. */
export interface SsimMapResult {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  heat: Uint8ClampedArray;
  mssim: number;
  min: number;
}

/** One channel of `image_quality_ssim_pixel`. */
export interface PixelTerms {
  mu_x: number;
  mu_y: number;
  var_x: number;
  var_y: number;
  cov_xy: number;
  luminance: number;
  contrast: number;
  structure: number;
  pixel_ssim: number;
}

/** `image_quality_ssim_pixel`. */
export interface PixelResult {
  channels: PixelTerms[];
  c1: number;
  c2: number;
}

/** `image_quality_pair`. */
export interface PairResult extends CopyResult {
  a_rgba: Uint8ClampedArray;
}

/** One row of `image_quality_feature_table`. */
export interface FeatureRow {
  subject: string;
  psnr: number;
  ssim: number;
  feature_distance: number;
}

/** `image_quality_feature_table`. */
export interface FeatureTableResult {
  rows: FeatureRow[];
  noise_sigma: number;
}
