/**
 * The image-pair job's settings (skimage `structural_similarity` keyword
 * arguments) with skimage 0.19's defaults, shared by the job and the panel.
 */

/** PSNR and SSIM settings as the Lab's image-pair panel sets them. */
export interface ImagePairSettings {
  /** Span of possible pixel values (`data_range`): 255 for 8-bit images. */
  dataRange: number;
  /** Gaussian window (sigma 1.5, 11 x 11 taps) instead of a uniform box. */
  gaussian: boolean;
  /** `win_size`: odd; the box size, or (Gaussian) only the border left out of the mean. */
  winSize: number;
  K1: number;
  K2: number;
  /** `use_sample_covariance`: scale (co)variances by NP / (NP - 1). */
  sampleCovariance: boolean;
}

/** skimage's defaults (uniform 7 x 7, K1 0.01, K2 0.03, sample covariance) for 8-bit images. */
export const DEFAULT_IMAGE_PAIR_SETTINGS: ImagePairSettings = {
  dataRange: 255,
  gaussian: false,
  winSize: 7,
  K1: 0.01,
  K2: 0.03,
  sampleCovariance: true,
};

/** The Gaussian window's sigma (skimage's and Wang et al.'s 1.5). */
export const SSIM_SIGMA = 1.5;
