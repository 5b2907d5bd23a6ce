/**
 * "Same data, different library": one photo, its blurred copy and its noisy
 * copy (the section's copies, from the photo cache), each scored by every
 * SSIM and PSNR variant of metrics/image/ssimVariants.ts.
 */
import type { Raster } from '../../metrics/types';
import {
  PSNR_VARIANT_IDS,
  SSIM_VARIANT_IDS,
  psnrVariant,
  ssimVariant,
} from '../../metrics/image/ssimVariants';
import { cachedCopy } from './photoCache';
import { matchNoiseToBlur } from './pipeline';
import { MAX_NOISE_SIGMA } from './settings';

/** "Match PSNR" lands on this grid of noise sigmas, as the blur-noise figure's button does. */
export const MATCH_GRID = 0.001;

/** One variant's scores of the two copies. */
export interface VariantRow {
  variant: string;
  blurred: number;
  noisy: number;
}

/** The table of the implementations figure. */
export interface ImplementationTable {
  /** The noise sigma used (the matched one when `noise` was null). */
  noise_sigma: number;
  /** True when the noise sigma was matched to the blurred copy's PSNR (on the 0.001 grid). */
  matched: boolean;
  ssim: VariantRow[];
  psnr: VariantRow[];
}

/**
 * Scores the copy of `image` blurred with sigma `blur` and the seeded noisy
 * copy with sigma `noise` (or, when `noise` is null, the sigma whose PSNR
 * matches the blurred copy's, rounded to MATCH_GRID and capped at the
 * section's largest noise) with every SSIM and PSNR variant.
 */
export function implementationTable(
  image: Raster,
  blur: number,
  noise: number | null,
  seed: number,
): ImplementationTable {
  const matched = noise === null;
  const sigma = matched
    ? Math.min(
        MAX_NOISE_SIGMA,
        Number((Math.round(matchNoiseToBlur(image, blur, seed).sigma / MATCH_GRID) * MATCH_GRID).toFixed(3)),
      )
    : noise;
  const blurred = cachedCopy(image, { kind: 'blur', level: blur }).shown;
  const noisy = cachedCopy(image, { kind: 'noise', level: sigma, seed }).shown;
  return {
    noise_sigma: sigma,
    matched,
    ssim: SSIM_VARIANT_IDS.map((variant) => ({
      variant,
      blurred: ssimVariant(variant, image, blurred),
      noisy: ssimVariant(variant, image, noisy),
    })),
    psnr: PSNR_VARIANT_IDS.map((variant) => ({
      variant,
      blurred: psnrVariant(variant, image, blurred),
      noisy: psnrVariant(variant, image, noisy),
    })),
  };
}
