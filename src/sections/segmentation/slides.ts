/** Presentation slides of the segmentation section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and slide splits of the segmentation figures. */
export const slides: SectionSlides = {
  figures: {
    'segmentation.painter': [
      {
        headline: '90 % of pixels right, no person found',
        notes:
          'The lazy model calls every pixel background. Pixel accuracy is about 0.9, person IoU is 0. Press “Misses small objects”: accuracy rises to 98.9 %, person IoU stays 0.',
        hide: ['.seg-hero__tools'],
        headlines: [
          '[data-metric="segmentation.pixel_accuracy"]',
          '[data-metric="segmentation.iou"][data-class="person"]',
        ],
      },
      {
        headline: 'Paint the prediction yourself',
        notes: 'Paint a person with the brush and watch the IoU of person move while accuracy barely does.',
        hide: ['.seg-hero__side'],
      },
    ],
    'segmentation.metrics': [
      {
        headline: 'Accuracy against mean IoU',
        notes: 'Mean IoU averages over classes, so the tiny person class counts as much as the background.',
        hide: ['.ba-figure__body > div > :nth-child(n+3)'],
        headlines: ['[data-metric="segmentation.pixel_accuracy"]', '[data-metric="segmentation.miou"]'],
      },
      {
        headline: 'Per class, and where the pixels went',
        notes:
          'Rows are the true classes, columns the predicted ones; everything off the diagonal is a mistake.',
        hide: ['.ba-figure__body > div > :nth-child(-n+2)'],
      },
    ],
    'segmentation.formulas': {
      headline: 'IoU and Dice from the same counts',
      notes: 'Dice = 2 IoU / (1 + IoU): same order for one class, but Dice is never below IoU.',
      headlines: ['[data-metric="segmentation.iou"]', '[data-metric="segmentation.dice"]'],
    },
    'segmentation.structures': [
      {
        headline: 'Small structures pay more for the same error',
        notes: 'A one-pixel ring barely moves the organ’s Dice and removes a large share of the lesion.',
        hide: ['.ba-figure__body > div > :nth-child(2) > :nth-child(3)'],
        headlines: ['[data-metric="binary_mask.dice"]'],
      },
      {
        headline: 'Dice against the lesion’s radius',
        notes:
          'The same one-pixel error on ever smaller lesions: the smaller the lesion, the lower its Dice, while the large organ stays near 1.',
        // the plot's own title says what the slide's headline says
        hide: [
          '.ba-figure__body > div > :nth-child(2) > :nth-child(-n+2)',
          '.ba-figure__body > div > :nth-child(2) > :nth-child(3) > h3',
        ],
      },
    ],
    'segmentation.empty': [
      {
        headline: 'An empty reference: IoU is 0/0',
        notes:
          'Remove person from the ground truth: the predicted person pixels are all false positives and IoU is 0. Clear them from the prediction too: IoU is 0/0, undefined.',
        hide: ['.seg-conventions'],
      },
      {
        headline: 'What libraries do with 0/0',
        notes:
          'Say which convention you use: leave the class out, count it as 1, or as 0. The mean IoU moves with it.',
        hide: ['.seg-empty__picture'],
      },
    ],
    'segmentation.aggregation': {
      headline: 'Per image or pooled: the order can flip',
      notes:
        'The same two models, the same test set: the per-image mean and the pooled score rank them differently.',
    },
    'segmentation.threshold': [
      {
        headline: 'The threshold trades precision for recall',
        notes: 'Lower the threshold: recall of person rises, precision falls.',
        // the probability map is on the next slide
        hide: ['.ba-figure__body > div > :nth-child(4) > :nth-child(1)'],
        headlines: ['.ba-readouts-tight [data-metric]'],
      },
      {
        headline: 'Probabilities in, a mask out',
        notes: 'The same probability map, cut at the threshold: every pixel above it is called person.',
        hide: ['.ba-figure__body > div > :nth-child(2)', '.ba-figure__body > div > p'],
      },
    ],
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Report IoU or Dice per class, say how you averaged, and never judge a segmentation by pixel accuracy alone.',
    },
  ],
};
