/**
 * Scoring a degraded copy against its original with the section's settings:
 * PSNR and MSE over all channels, SSIM as the channel mean (settings.ts).
 */
import type { Raster } from '../../metrics/types';
import { mse } from '../../metrics/image/mse';
import { psnr } from '../../metrics/image/psnr';
import { ssim } from '../../metrics/image/ssim';
import { ssimPsnr, type SsimReference } from '../../metrics/image/ssimPsnr';
import { DATA_RANGE, IQ_SSIM } from './settings';

/** The three numbers under every copy. */
export interface CopyScore {
  /** dB; Infinity when the copy equals the original. */
  psnr: number;
  mse: number;
  /** Mean SSIM, channel mean (readout `ssim.mssim`). */
  ssim: number;
}

/**
 * PSNR = 10 log10(255^2 / MSE), MSE = mean (a - b)^2 over every pixel and
 * channel, and mean SSIM (Wang et al. 2004; Gaussian sigma 1.5, 11x11,
 * K1 0.01, K2 0.03, population covariance, data range 255, channel mean),
 * all from the conformance-tested functions of src/metrics/image.
 */
export function scoreCopy(original: Raster, copy: Raster): CopyScore {
  return {
    psnr: psnr(original, copy, DATA_RANGE),
    mse: mse(original, copy),
    ssim: ssim(original, copy, IQ_SSIM).mssim,
  };
}

/**
 * scoreCopy in one pass (ssimPsnr): the same numbers (PSNR and MSE exactly
 * for 8-bit images, SSIM to rounding), reusing the original's SSIM statistics
 * `ref` (ssimReference of `original` with IQ_SSIM) when given.
 */
export function scoreCopyFused(original: Raster, copy: Raster, ref?: SsimReference | null): CopyScore {
  const r = ssimPsnr(original, copy, IQ_SSIM, DATA_RANGE, ref ?? undefined);
  return { psnr: r.psnr, mse: r.mse, ssim: r.mssim };
}
