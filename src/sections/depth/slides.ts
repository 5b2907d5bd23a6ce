/** Presentation slides of the depth section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and slide splits of the depth figures. */
export const slides: SectionSlides = {
  figures: {
    'depth.wall-book': [
      {
        headline: 'A wall and a book: which error matters?',
        notes: 'Absolute errors favour the far wall; relative errors treat near and far alike.',
        // the formulas have a slide of their own
        hide: ['.ba-figure__body > :nth-child(2)'],
      },
      {
        headline: 'The same 10 cm miss, absolute and relative',
        notes:
          'Both misses are 0.10 m; AbsRel divides by the true depth, so the book’s error counts ten times more.',
        // the sliders stay, so the formulas follow the predictions
        hide: [
          '.ba-figure__body > :nth-child(1) > :nth-child(1) > :nth-child(1)',
          '.ba-figure__body > :nth-child(1) > :nth-child(2)',
        ],
      },
    ],
    'depth.map': [
      {
        headline: 'One prediction, many depth metrics',
        notes: 'AbsRel divides each error by the true depth; δ < 1.25 counts the pixels within 25 %.',
        // the maps with their error-map choice and the headline metrics; the sliders come next
        hide: [
          '.ba-figure__body > div > :nth-child(1) > :nth-child(1)',
          '.ba-figure__body > div > :nth-child(2) > :nth-child(n+3)',
        ],
        headlines: [
          '.ba-readouts-tight [data-metric="depth.abs_rel"]',
          '.ba-readouts-tight [data-metric="depth.a1"]',
        ],
      },
      {
        headline: 'Change the prediction, read every metric',
        // the maps are on the slide before; the distance bands on the next one
        hide: [
          '.ba-figure__body > div > :nth-child(1) > :nth-child(n+2)',
          '.ba-figure__body > div > :nth-child(2) > :nth-child(n+4)',
        ],
      },
      {
        headline: 'Near or far: who makes the error?',
        notes:
          'RMSE squares metres, so the far pixels make most of it; AbsRel divides by depth, so the near ones weigh more.',
        hide: [
          '.ba-figure__body > div > :nth-child(1) > :nth-child(n+2)',
          '.ba-figure__body > div > :nth-child(2) > :nth-child(-n+3)',
        ],
      },
    ],
    'depth.conventions': {
      headline: 'Conventions change the numbers',
    },
    'depth.aggregation': {
      headline: 'Per image or pooled: the order can flip',
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Name the metric, the depth range, the scale alignment and the averaging: depth scores are not comparable without them.',
    },
  ],
};
