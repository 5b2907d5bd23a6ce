/** Presentation slides of the pose section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and slide splits of the pose figures. */
export const slides: SectionSlides = {
  figures: {
    'pose.paradox': [
      {
        headline: 'The same pixel error, two different scores',
        notes: 'OKS scales the error by the person’s size: the same offset costs the small person much more.',
        hide: ['.ba-figure__body > h3', '.ba-figure__body > h3 ~ *'],
        headlines: ['[data-metric="oks"]'],
      },
      {
        headline: 'Where the score comes from',
        hide: ['.ba-figure__body > :not(h3, h3 ~ *)'],
      },
    ],
    'pose.rings': [
      {
        headline: 'OKS rings: the tolerance per joint',
        hide: ['.ba-figure__body > :nth-child(n+4)'],
      },
      {
        headline: 'Ring radii per joint',
        hide: ['.ba-figure__body > :nth-child(-n+3)'],
      },
    ],
    'pose.pck': [
      {
        headline: 'PCK, PCKh and OKS on the same prediction',
        hide: ['.ba-figure__body > :nth-child(n+5)'],
      },
      {
        headline: 'Binary PCK beside graded OKS',
        hide: ['.ba-figure__body > :nth-child(-n+4)', '.ba-figure__body > :nth-child(n+6)'],
        headlines: ['[data-metric="pck"]:not(table *)', '[data-metric="oks"]:not(table *)'],
      },
      {
        headline: 'Per joint: which joints PCK calls wrong',
        hide: ['.ba-figure__body > :nth-child(-n+5)'],
      },
    ],
    'pose.ap': [
      {
        headline: 'Matching people by OKS',
        hide: ['.ba-figure__body > :nth-child(n+2)'],
      },
      {
        headline: 'AP over the OKS thresholds',
        hide: ['.ba-figure__body > :nth-child(1)'],
      },
    ],
    'pose.visibility': {
      headline: 'Which joints count?',
      headlines: ['[data-metric="oks"]'],
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Keypoint scores depend on the person’s size and on which joints are labelled: report OKS-based AP with its thresholds.',
    },
  ],
};
