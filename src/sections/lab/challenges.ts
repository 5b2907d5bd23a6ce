/**
 * Built-in challenges of the Lab (issue 16 item 4), listed in the section's
 * Challenges block. The Lab computes only on files, so each title tells the
 * student to press "Load an example" first; then each goal is reached by
 * the panel's settings alone, on the same files, and neither is met by the
 * example at the default settings (image pair: PSNR 29.4 dB, SSIM 0.69;
 * depth: δ < 1.25 0.79, RMSE 2.24 m).
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    // PSNR moves only with the data range (MAX): 1000 instead of 255 gives 41.3 dB and SSIM 0.95.
    id: 'lab.data-range',
    title: 'Load an example first, then lift PSNR to 40 dB and SSIM to 0.9 without changing the images',
    widget: 'lab.image-pair',
    goals: [
      { key: 'psnr', cmp: '>=', value: 40, label: 'PSNR (dB)' },
      { key: 'ssim.mssim', cmp: '>=', value: 0.9, label: 'mean SSIM' },
    ],
  },
  {
    // Median scaling lifts δ < 1.25 to 0.98; a cap of 20 m or less, or the Garg/Eigen crop, brings RMSE under 1 m.
    id: 'lab.depth-conventions',
    title:
      'Load an example first, then pass δ < 1.25 on 95 % of pixels and RMSE under 1 m with the settings alone',
    widget: 'lab.depth',
    goals: [
      { key: 'depth.a1', cmp: '>=', value: 0.95, label: 'δ < 1.25' },
      { key: 'depth.rmse', cmp: '<=', value: 1, label: 'RMSE (m)' },
    ],
  },
];
