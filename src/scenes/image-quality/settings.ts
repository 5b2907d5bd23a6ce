/**
 * The settings every number of the image-quality section uses (issue 6):
 * 8-bit RGB, PSNR over all channels with data range 255, SSIM as the channel
 * mean with Wang et al.'s (2004) Gaussian window.
 */
import type { SsimOptions } from '../../metrics/image/ssimOptions';

/** Span of 8-bit pixel values: PSNR's and SSIM's data range. */
export const DATA_RANGE = 255;

/**
 * SSIM settings: gaussian_weights, sigma 1.5, win_size 11, K1 0.01, K2 0.03,
 * population covariance (use_sample_covariance=False), data_range 255; with
 * several channels skimage 0.19 `structural_similarity(..., channel_axis=-1)`
 * averages the per-channel SSIM.
 */
export const IQ_SSIM: SsimOptions = {
  dataRange: DATA_RANGE,
  gaussianWeights: true,
  sigma: 1.5,
  winSize: 11,
  K1: 0.01,
  K2: 0.03,
  useSampleCovariance: false,
};

/** Largest noise sigma (grey levels) the section offers and "Match PSNR" searches. */
export const MAX_NOISE_SIGMA = 60;
