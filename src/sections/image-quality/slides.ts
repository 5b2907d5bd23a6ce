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
    'image-quality.fool': [
      {
        headline: 'Changes people barely notice, PSNR punishes',
        notes:
          'A brighter copy and a contrast change look almost like the original, yet PSNR can rank them below a visibly damaged copy.',
        hide: ['.ba-figure__body > .grid > :nth-child(n+3)', '.ba-figure__body > .grid ~ *'],
      },
      {
        headline: 'A moved copy and a JPEG copy',
        notes: 'Moving the photo by a few pixels costs PSNR far more than the eye notices.',
        hide: [
          '.ba-figure__body > .mb-3',
          '.ba-figure__body > .grid > :nth-child(-n+2)',
          '.ba-figure__body > .grid ~ *',
        ],
      },
      {
        headline: 'Rank the copies: PSNR, SSIM and your eye',
        hide: ['.ba-figure__body > .mb-3', '.ba-figure__body > .grid'],
      },
    ],
    'image-quality.implementations': [
      {
        headline: 'Same data, different library: SSIM',
        notes:
          'With the noise matched to the blur’s PSNR, Wang’s ssim.m ranks the noisy copy above the blurred one; scikit-image’s defaults rank it far below. Say which call produced your SSIM.',
        hide: ['.ba-figure__body > :nth-child(4)'],
      },
      {
        headline: 'Same data, different library: PSNR',
        notes: 'PSNR over R, G and B is not PSNR on the Y channel only.',
        hide: ['.ba-figure__body > :nth-child(3)'],
      },
    ],
    'image-quality.own': [
      {
        headline: 'Score your own images',
        notes:
          'Drop one image to degrade or two to compare; the files stay in this browser tab and are never uploaded.',
        hide: ['.ba-figure__body > .grid:has(canvas)', '.ba-figure__body > .grid:has(canvas) ~ *'],
      },
      {
        headline: 'Your images, side by side',
        hide: ['.ba-figure__body > .iq-dropzone', '.ba-figure__body > p.text-sm'],
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
