/**
 * "Same data, different library": the SSIM and PSNR of one pair of 8-bit
 * images under the settings people actually use. Every variant reuses
 * `ssim` (ssim.ts) or `psnr` (psnr.ts); only the image handed to them, the
 * window and the data range change.
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { ssim } from './ssim';
import { SSIM_PAPER_SETTINGS, type SsimOptions } from './ssimOptions';
import { psnr } from './psnr';
import { rgb2gray, ycbcrY } from './luma';
import { boxDownsample, ssimDownsampleFactor } from './downsample';
import { assertSameRasterShape } from './rasterPair';

/** Span of 8-bit pixel values. */
const RANGE_8BIT = 255;

/**
 * The data range skimage <= 0.19.3 `structural_similarity` takes for a float
 * image when `data_range` is left out: dtype_range[float] = (-1, 1), so 2,
 * twice the span of an image scaled to [0, 1] (documented in skimage PR
 * #6595; since 0.20 it raises a ValueError instead, PR #6612).
 */
export const SKIMAGE_FLOAT_DEFAULT_RANGE = 2;

/** The SSIM variants, in the order the figure lists them. */
export const SSIM_VARIANT_IDS = [
  'skimage-default',
  'gaussian-rgb',
  'luma',
  'luma-downsampled',
  'float-range',
] as const;
export type SsimVariantId = (typeof SSIM_VARIANT_IDS)[number];

/** The PSNR variants: over all RGB values, or on the BT.601 Y channel. */
export const PSNR_VARIANT_IDS = ['rgb', 'y'] as const;
export type PsnrVariantId = (typeof PSNR_VARIANT_IDS)[number];

/** skimage 0.19 `structural_similarity(a, b, channel_axis=2, data_range=255)`: 7x7 uniform window, sample covariance. */
export const SKIMAGE_DEFAULT_SSIM: SsimOptions = { dataRange: RANGE_8BIT };
/** The section's convention: Gaussian sigma 1.5 (11x11), population covariance, data range 255, channel mean. */
export const GAUSSIAN_SSIM: SsimOptions = { dataRange: RANGE_8BIT, ...SSIM_PAPER_SETTINGS, winSize: 11 };

/**
 * Wang's reference MATLAB SSIM on two grey images with its default
 * arguments: window fspecial('gaussian', 11, 1.5), K = [0.01 0.03], L = 255,
 * filter2(..., 'valid') (so the mean runs over the pixels whose 11 x 11
 * window lies inside the image: exactly `ssim`'s crop of 5 px, where the
 * border rule never matters), population (co)variances E[x^2] - E[x]^2.
 * With `downsample` it is ssim.m (2009): first boxDownsample by
 * ssimDownsampleFactor(width, height) (2 for the 512 x 512 astronaut and the
 * 600 x 400 coffee photo); without, ssim_index.m (2003). Throws
 * MetricInputError for different sizes or an image (after downsampling)
 * smaller than 11 x 11.
 */
export function wangSsim(a: Raster, b: Raster, downsample: boolean): number {
  assertSameRasterShape(a, b);
  if (a.channels !== 1) throw new MetricInputError('a', 'ssim.m takes grey images (rgb2gray first)');
  const f = downsample ? ssimDownsampleFactor(a.width, a.height) : 1;
  const x = f > 1 ? boxDownsample(a, f) : a;
  const y = f > 1 ? boxDownsample(b, f) : b;
  return ssim(x, y, GAUSSIAN_SSIM).mssim;
}

/** The image divided by 255 (an 8-bit image as float in [0, 1], e.g. `img_as_float`). */
export function toUnitFloat(image: Raster): Raster {
  const data = new Float64Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i]! / RANGE_8BIT;
  return { width: image.width, height: image.height, channels: image.channels, data };
}

/**
 * Mean SSIM of the 8-bit images `a` (reference) and `b` (copy) under one variant:
 * - skimage-default: skimage 0.19 `structural_similarity(a, b, channel_axis=2, data_range=255)`;
 * - gaussian-rgb: the same with `gaussian_weights=True, sigma=1.5, use_sample_covariance=False`;
 * - luma: ssim_index.m (2003) on MATLAB `rgb2gray` of both (rounded to uint8), no downsampling;
 * - luma-downsampled: ssim.m (2009) on `rgb2gray` of both, with its automatic downsampling;
 * - float-range: gaussian-rgb on a / 255 and b / 255 with data_range left out,
 *   which skimage <= 0.19.3 sets to 2 (SKIMAGE_FLOAT_DEFAULT_RANGE).
 * Throws MetricInputError for images of different shapes or an unknown variant.
 */
export function ssimVariant(id: SsimVariantId, a: Raster, b: Raster): number {
  switch (id) {
    case 'skimage-default':
      return ssim(a, b, SKIMAGE_DEFAULT_SSIM).mssim;
    case 'gaussian-rgb':
      return ssim(a, b, GAUSSIAN_SSIM).mssim;
    case 'luma':
      return wangSsim(rgb2gray(a), rgb2gray(b), false);
    case 'luma-downsampled':
      return wangSsim(rgb2gray(a), rgb2gray(b), true);
    case 'float-range':
      return ssim(toUnitFloat(a), toUnitFloat(b), {
        ...GAUSSIAN_SSIM,
        dataRange: SKIMAGE_FLOAT_DEFAULT_RANGE,
      }).mssim;
    default:
      throw new MetricInputError('variant', `unknown SSIM variant "${String(id)}"`);
  }
}

/**
 * PSNR (dB, data range 255) of the 8-bit images under one variant: `rgb`
 * over every pixel and channel (skimage `peak_signal_noise_ratio(a, b,
 * data_range=255)`), `y` on the BT.601 Y channel (ycbcrY), as BasicSR's
 * `calculate_psnr(a, b, crop_border=0, test_y_channel=True)`.
 */
export function psnrVariant(id: PsnrVariantId, a: Raster, b: Raster): number {
  if (id === 'rgb') return psnr(a, b, RANGE_8BIT);
  if (id === 'y') return psnr(ycbcrY(a), ycbcrY(b), RANGE_8BIT);
  throw new MetricInputError('variant', `unknown PSNR variant "${String(id)}"`);
}
