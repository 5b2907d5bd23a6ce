/**
 * Names for the worker results this section reads, derived from the entries'
 * declarations (nothing restated by hand).
 */
import type { MetricResult } from '../../worker/door';

/** `image_quality_copy`. */
export type CopyResult = MetricResult<'image_quality_copy'>;
/** `image_quality_match_noise`. */
export type MatchResult = MetricResult<'image_quality_match_noise'>;
/** `image_quality_ssim_map`. */
export type SsimMapResult = MetricResult<'image_quality_ssim_map'>;
/** `image_quality_ssim_pixel`. */
export type PixelResult = MetricResult<'image_quality_ssim_pixel'>;
/** The SSIM terms of one channel at the inspected pixel. */
export type PixelTerms = PixelResult['channels'][number];
/** `image_quality_pair`. */
export type PairResult = MetricResult<'image_quality_pair'>;
/** `image_quality_feature_table`. */
export type FeatureTableResult = MetricResult<'image_quality_feature_table'>;
