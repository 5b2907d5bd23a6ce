/**
 * Content of the image-quality section's closing parts: the self-check
 * questions, the "what to report" list and the references.
 */
import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'equal-psnr',
    prompt:
      'A blurred copy and a noisy copy of the same photo both have a PSNR of 26.7 dB. What can you conclude about how they look?',
    choices: [
      'They look equally good, because their PSNR is equal',
      'Nothing much: equal PSNR only means equal mean squared error, and people often judge the two very differently',
      'The noisy copy looks better, because PSNR favours noise',
      'The blurred copy looks better, because PSNR is measured in decibels',
    ],
    answer: 1,
    explanation:
      'PSNR is a fixed function of the MSE. Blur and noise can have the same MSE while one erases detail and the other adds grain; which one people prefer depends on the person and the photo.',
  }),
  letteredQuestion({
    id: 'brightness',
    prompt:
      'Every pixel of a photo is made 10 grey levels brighter. Which statement matches what the section measured?',
    choices: [
      'PSNR stays above 40 dB, because the photo looks the same',
      'PSNR and SSIM both drop sharply',
      'PSNR drops to about 28 dB, lower than for some visible blurs, and on the astronaut SSIM drops to about 0.87, no better than a visible blur',
      'SSIM drops below 0.5 while PSNR stays high',
    ],
    answer: 2,
    explanation:
      'A shift of 10 levels gives an MSE of about 100, so PSNR ≈ 10 log10(255² / 100) ≈ 28 dB. SSIM’s contrast and structure terms do not change, but its luminance term compares means relative to their size: in dark windows 10 levels is a large change, so on the dark astronaut photo SSIM falls to 0.87, like a σ 1.5 blur (on the brighter coffee photo, 0.94).',
  }),
  letteredQuestion({
    id: 'ssim-blur',
    prompt: 'At equal PSNR, how does SSIM rank the blurred and the noisy copy?',
    choices: [
      'SSIM prefers the noisy copy, which fixes PSNR’s bias towards blur',
      'SSIM also prefers the blurred copy, by a wide margin (about 0.86 against 0.56 on the astronaut)',
      'SSIM gives both copies the same score',
      'SSIM cannot compare them, because it is undefined for noise',
    ],
    answer: 1,
    explanation:
      'Noise adds variance in every window, which lowers SSIM’s contrast and structure terms a lot; blur removes some variance, which lowers them less. These numbers are for scikit-image’s SSIM with a Gaussian window on RGB; other implementations give other values, and on some photos the reference MATLAB settings rank the two the other way.',
  }),
  letteredQuestion({
    id: 'lpips',
    prompt: 'What does LPIPS need that this page cannot provide?',
    choices: [
      'A larger SSIM window',
      'Photos in a lossless format',
      'A pretrained network (AlexNet or VGG) for the features, and channel weights fitted to human judgments',
      'A GPU, because the formula cannot be computed on a CPU',
    ],
    answer: 2,
    explanation:
      'LPIPS compares unit-normalised features of a trained network, weighted per channel with weights learned from human similarity judgments (the BAPPS data). The combination step is cheap; the features are what need the network.',
  }),
];

export const WHAT_TO_REPORT: string[] = [
  'Report PSNR together with SSIM (and, where a trained network is available, LPIPS); each one misses failures the others catch.',
  'State the exact settings: data range (255 for 8-bit), colour space and channels (RGB mean or luma only), SSIM window (Gaussian σ 1.5, 11 × 11), K1, K2, and any border crop.',
  'Say how images were aligned and resized before comparison: a 1- or 2-pixel shift costs more PSNR than most compression.',
  'Say whether PSNR is averaged per image or computed from the pooled MSE, and give an interval over the test images (a bootstrap) beside the mean.',
  'Show example images at matched scores, and, for claims about what people see, run a small user study or cite one; a metric is a stand-in for human judgment, not a measurement of it.',
];

export const REFERENCES: Reference[] = [
  {
    authors: ['Bradley Efron', 'Robert J. Tibshirani'],
    title: 'An Introduction to the Bootstrap',
    venue: 'Chapman & Hall/CRC',
    year: 1993,
    doi: '10.1201/9780429246593',
  },
  {
    authors: ['Zhou Wang', 'Alan C. Bovik', 'Hamid R. Sheikh', 'Eero P. Simoncelli'],
    title: 'Image quality assessment: from error visibility to structural similarity',
    venue: 'IEEE Transactions on Image Processing 13(4), 600–612',
    year: 2004,
    doi: '10.1109/TIP.2003.819861',
  },
  {
    authors: ['Richard Zhang', 'Phillip Isola', 'Alexei A. Efros', 'Eli Shechtman', 'Oliver Wang'],
    title: 'The unreasonable effectiveness of deep features as a perceptual metric',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2018,
    doi: '10.1109/CVPR.2018.00068',
  },
  {
    authors: ['Jim Nilsson', 'Tomas Akenine-Möller'],
    title: 'Understanding SSIM',
    venue: 'arXiv preprint 2006.13846',
    year: 2020,
    url: 'https://arxiv.org/abs/2006.13846',
  },
  {
    authors: ['Zhou Wang', 'Alan C. Bovik'],
    title: 'Mean squared error: love it or leave it? A new look at signal fidelity measures',
    venue: 'IEEE Signal Processing Magazine 26(1), 98–117',
    year: 2009,
    doi: '10.1109/MSP.2008.930649',
  },
  {
    authors: ['Yochai Blau', 'Tomer Michaeli'],
    title: 'The perception-distortion tradeoff',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2018,
    url: 'https://arxiv.org/abs/1711.06077',
  },
];
