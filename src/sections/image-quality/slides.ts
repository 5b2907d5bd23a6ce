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
        notes: 'Move the square over the original: the same region of both copies is enlarged beside it.',
        hide: ['.ba-figure__body > :nth-child(1)', '.ba-figure__body > :nth-child(4)'],
      },
      {
        headline: 'Blurred or noisy: vote, then reveal',
        notes: 'Let the room vote first; Reveal then shows which copy PSNR and SSIM prefer.',
        hide: ['.ba-figure__body > :nth-child(-n+2)', '.ba-loupe__overview'],
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
          'The same two copies get a different SSIM from each window and covariance setting. Say which call produced your SSIM.',
        hide: [
          '.ba-figure__body > :nth-child(4)',
          '.ba-figure__body > :nth-child(3) tbody > tr:nth-child(n+3)',
        ],
      },
      {
        headline: 'SSIM in MATLAB and in older scikit-image',
        notes:
          'With the noise matched to the blur’s PSNR, Wang’s ssim.m ranks the noisy copy above the blurred one; scikit-image’s defaults rank it far below.',
        hide: [
          '.ba-figure__body > :nth-child(-n+2)',
          '.ba-figure__body > :nth-child(4)',
          '.ba-figure__body > :nth-child(3) tbody > tr:nth-child(-n+2)',
        ],
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
        notes:
          'SSIM at one pixel is the product of three terms, computed in the window around it, per colour channel.',
        hide: ['.ba-figure__body > :nth-child(-n+2)', '.ba-figure__body > :nth-child(4) > :nth-child(n+3)'],
      },
      {
        headline: 'The window around the pixel',
        notes:
          'Means, variances and covariance of the two windows, per colour channel: the inputs of the three terms.',
        hide: [
          '.ba-figure__body > :nth-child(-n+2)',
          '.ba-figure__body > :nth-child(4) > :is(:nth-child(-n+2), :nth-child(n+4))',
        ],
      },
      {
        headline: 'SSIM at this pixel, term by term',
        notes:
          'The window’s means, spreads and covariance go into the formula; pick a colour channel to follow.',
        hide: ['.ba-figure__body > :nth-child(-n+2)', '.ba-figure__body > :nth-child(4) > :nth-child(-n+3)'],
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
