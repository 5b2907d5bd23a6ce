/** Presentation slides of the loss section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** The training figure's right column: readouts, the lowest-loss note, the loss plot, the accuracy plot. */
const RIGHT = '.ba-figure__body > .grid > :nth-child(2)';

/** Headlines, notes and statements of the loss figures. */
export const slides: SectionSlides = {
  figures: {
    'loss.drag': [
      {
        headline: 'Loss moves smoothly, accuracy jumps',
        notes:
          'Drag example 1 towards the threshold without crossing it: the loss rises, accuracy stays. Nudge example 4 from 0.45 to 0.50: accuracy drops by exactly 0.1.',
        hide: ['.ba-figure__body > :nth-child(2)'],
      },
      {
        headline: 'The two numbers, worked out',
        notes:
          'The loss is the mean of the ten per-example losses; accuracy counts the examples on the right side of the threshold. Both follow the dots dragged on the previous slide.',
        hide: [
          '.ba-figure__body > :nth-child(1) > :nth-child(1)',
          '.ba-figure__body > :nth-child(1) > :nth-child(2) > :nth-child(2)',
        ],
      },
    ],
    'loss.training': [
      {
        headline: 'Training: the model grows over-confident',
        notes: 'Press Play and watch the boundary and the weight size grow while the points stay put.',
        hide: [`${RIGHT} > :nth-child(n+2)`],
      },
      {
        headline: 'Validation loss bottoms out, then rises',
        notes:
          'Press Play: the training loss keeps falling. The lowest validation loss comes at epoch 8; by epoch 60 it is 1.3 times higher.',
        hide: [
          '.ba-figure__body > .grid > :nth-child(1)',
          `${RIGHT} > :nth-child(1) > :is(:nth-child(1), :nth-child(2), :nth-child(5))`,
          `${RIGHT} > :nth-child(4)`,
        ],
      },
      {
        headline: 'Validation loss rises while accuracy holds',
        notes:
          'By epoch 60 the validation loss is 1.3 times its lowest, and validation accuracy is still 0.9. The model grew over-confident.',
        hide: [
          '.ba-figure__body > .grid > :nth-child(1)',
          `${RIGHT} > :nth-child(1) > :nth-child(-n+3)`,
          `${RIGHT} > :is(:nth-child(2), :nth-child(3))`,
        ],
      },
    ],
    'loss.leakage': {
      headline: 'A leaked test set flatters the model',
      notes:
        'At k = 1, training accuracy is 1 and test accuracy 0.65. Tick the leak: test accuracy becomes 1.',
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Train on the loss, judge on the metric, and keep the test set unseen: report the metric on held-out data with its threshold.',
    },
  ],
};
