/**
 * Built-in challenges of the image-quality section (issue 16 item 4), listed in the
 * section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'image-quality.quiet',
    title: 'Quiet the noise',
    widget: 'image-quality.blur-noise',
    goals: [{ key: 'ssim.mssim;subject=noisy', cmp: '>=', value: 0.8, label: 'SSIM of the noisy copy' }],
  },
  {
    id: 'image-quality.brightness',
    title: 'Undo the brightness shift',
    widget: 'image-quality.fool',
    goals: [{ key: 'psnr;subject=brightness', cmp: '>=', value: 40, label: 'PSNR of the brightened copy' }],
  },
];
