/** Presentation slides of the generative section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** The FID figure's parts (FidFigure.tsx). */
const FID = {
  plane: '.ba-gen-fid__plane',
  terms: '.ba-gen-terms',
  spread: '.ba-gen-fid__spread',
  samples: '.ba-gen-fid__samples',
  seed: '.ba-gen-fid__seed',
  formulas: '.ba-gen-fid__formulas',
} as const;

/** The Inception Score figure's parts (InceptionFigure.tsx). */
const IS = {
  plane: '.ba-gen-is__plane',
  trace: '.ba-readout[data-metric="fid.trace_term"]',
  pickedMax: '.ba-readout[data-metric="generative_inception.picked_max"]',
  bars: '.ba-gen-is__bars',
  kept: '.ba-gen-is__kept',
  spread: '.ba-gen-is__spread',
  pick: '.ba-gen-is__pick',
  formula: '.ba-gen-is__formula',
} as const;

/** Headlines, notes and statements of the generative figures; the two large figures span two slides each. */
export const slides: SectionSlides = {
  figures: {
    'generative.fid': [
      {
        headline: 'Every sample looks real; five kinds are missing',
        hide: [FID.terms, FID.samples, FID.seed, FID.formulas],
        notes:
          'Three of eight modes kept: FID is about 22, mostly the mean term. Slide Modes kept to 8: FID falls close to 0. Then move every mode right with Shift + arrow: only the mean term grows.',
      },
      {
        headline: 'FID = mean term + trace term',
        hide: [FID.plane],
        notes:
          'The mean term measures how far apart the two centres are; the trace term how different the spreads are. Spread 0: the trace term grows. Fewer samples (N): FID rises even with every mode kept.',
      },
    ],
    'generative.inception': [
      {
        headline: 'Inception Score cannot see collapse inside a class',
        hide: [IS.pickedMax, IS.bars, IS.pick],
        notes:
          'Spread to 0 with all 8 modes: IS rises from about 6.8 to 7.7 while the FID trace term climbs. Modes kept to 1: IS falls towards 1.',
      },
      {
        headline: 'IS rewards sure classes spread over all modes',
        hide: [IS.plane, IS.trace, IS.spread, IS.formula],
        notes:
          'p(y|x) of one sample should be sharp (one tall bar); p(y) of all samples should be flat. IS is high when both hold, however little each mode varies. Keep fewer modes: p(y) loses its flat shape and IS falls.',
      },
    ],
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
