/** Presentation slides of the image-quality section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines and notes of the image-quality figures (the others get the generic slide). */
export const slides: SectionSlides = {
  figures: {
    'image-quality.blur-noise': [
      {
        headline: 'Blur or noise: PSNR and SSIM disagree',
        notes: 'At the same PSNR, blur and noise look very different; SSIM tells them apart better.',
        hide: ['.ba-figure__body > :nth-child(n+2)'],
        headlines: ['.iq-psnr [data-metric="psnr"]'],
      },
      {
        headline: 'Look closer: the loupe',
        hide: ['.ba-figure__body > :nth-child(1)'],
      },
    ],
    'image-quality.inspector': [
      {
        headline: 'Inside SSIM: pick a window',
        hide: ['.ba-figure__body > :nth-child(n+4)'],
        headlines: ['[data-metric="ssim.mssim"]'],
      },
      {
        headline: 'Luminance, contrast and structure',
        hide: ['.ba-figure__body > :nth-child(-n+2)'],
      },
    ],
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'No single number captures image quality: show the images, and report PSNR, SSIM and a learned metric side by side.',
    },
  ],
};
