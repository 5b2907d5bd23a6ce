/**
 * The fixed copies the SSIM inspector offers, as worker arguments: blur
 * sigma 1.5 px, noise sigma 12 levels (seed 1), brightness +10, contrast
 * x 0.8, JPEG quality 20.
 */
import type { InspectKind } from '../../state';
import type { MetricArgs } from '../../../../worker/door';
import { photoArgs } from '../shared/photoArgs';

/** The level of each inspectable copy. */
export const INSPECT_LEVELS: Readonly<Record<InspectKind, number>> = {
  blur: 1.5,
  noise: 12,
  brightness: 10,
  contrast: 0.8,
  jpeg: 20,
};

/** SSIM window side of the section's settings (win_size 11). */
export const SSIM_WINDOW = 11;

/** Worker args naming the photo and the copy (without the pixel). */
export function copyArgs(photo: string, kind: InspectKind): MetricArgs<'image_quality_ssim_map'> {
  const level = INSPECT_LEVELS[kind];
  return { ...photoArgs(photo), kind, level, seed: 1, ...(kind === 'jpeg' ? { jpeg_quality: level } : {}) };
}
