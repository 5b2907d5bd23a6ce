/** Presentation slides of the generative section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and statements of the generative figures. */
export const slides: SectionSlides = {
  figures: {
    'generative.fid': {
      headline: 'Every sample looks real; five kinds are missing',
      notes:
        'Three of eight modes kept: FID is about 22, mostly the mean term. Slide Modes kept to 8: both terms fall close to 0. Then move every mode right with Shift + arrow: only the mean term grows.',
    },
    'generative.inception': {
      headline: 'Inception Score cannot see collapse inside a class',
      notes:
        'Spread to 0 with all 8 modes: IS rises from about 6.8 to 7.7 while the FID trace term climbs. Modes kept to 1: IS falls towards 1.',
    },
    'generative.small-samples': {
      headline: 'Same distribution, FID above 0',
      notes:
        'Two samples of the same distribution: mean FID near 2 at N = 50, near 0.02 at N = 5,000. Compare FIDs only at the same N, with the same code and weights.',
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Judge a generator by comparing distributions: report FID with N, code and weights, plus precision and recall; never IS alone.',
    },
  ],
};
