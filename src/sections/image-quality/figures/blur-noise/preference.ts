/**
 * Which of two copies a metric prefers, for the vote's reveal. Higher PSNR
 * and higher SSIM mean "closer to the original".
 */

/** The copy a metric prefers, or a tie. */
export type Preference = 'blurred' | 'noisy' | 'tie';

/** PSNR differences below this (dB) count as a tie: "Match PSNR" leaves far less. */
export const PSNR_TIE_DB = 0.05;
/** SSIM differences below this count as a tie. */
export const SSIM_TIE = 0.005;

/**
 * The preferred copy: the one with the larger value, or `tie` when the values
 * differ by less than `tie` (two infinite PSNRs tie). Undefined while either
 * value is missing.
 */
export function preferred(
  blurred: number | undefined,
  noisy: number | undefined,
  tie: number,
): Preference | undefined {
  if (blurred === undefined || noisy === undefined || Number.isNaN(blurred) || Number.isNaN(noisy))
    return undefined;
  if (blurred === noisy) return 'tie';
  if (Math.abs(blurred - noisy) < tie) return 'tie';
  return blurred > noisy ? 'blurred' : 'noisy';
}
