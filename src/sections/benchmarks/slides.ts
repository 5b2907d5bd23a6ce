/** Presentation slides of the benchmarks section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and take-away of the benchmarks figures. */
export const slides: SectionSlides = {
  figures: {
    'benchmarks.timeline': {
      headline: 'ImageNet: from 28.2 % to below one human',
      notes:
        'AlexNet 2012, GoogLeNet and VGG 2014, ResNet 2015 below the 5.1 % of one annotator; the challenge ended in 2017.',
    },
    'benchmarks.topk': [
      {
        headline: 'What top-5 forgives, and what it hides',
        notes:
          'Similar dog breeds are fair second guesses; an unrelated class in fifth place is still a mistake.',
        hide: ['.bm-topk-table tbody > tr:nth-child(n+5)'],
      },
      {
        headline: 'What top-5 forgives (continued)',
        hide: [
          '.bm-readouts',
          '.bm-topk-table tbody > tr:nth-child(-n+4)',
          '.bm-topk-table tbody > tr:nth-child(n+9)',
        ],
      },
      {
        headline: 'What top-5 forgives (continued)',
        hide: ['.bm-readouts', '.bm-topk-table tbody > tr:nth-child(-n+8)'],
      },
    ],
    'benchmarks.lead': {
      headline: 'A 0.01 lead on 50 images is noise',
      notes: 'The bootstrap interval crosses zero at 50 images and clears it at 5,000.',
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Report top-1 beside top-5, the test-set size and an interval; a saturated benchmark ranks label noise.',
    },
  ],
};
