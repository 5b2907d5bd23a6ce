/** Presentation slides of the choosing section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and take-away of the choosing figures. */
export const slides: SectionSlides = {
  figures: {
    'choosing.chooser': {
      headline: 'Metrics come in teams',
      notes: 'Each answer adds the metric that covers another one’s blind spot, and the convention to state.',
    },
    'choosing.table': {
      headline: 'One page: what to report, what it hides',
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Report several metrics that hide different things, with their conventions and intervals.',
    },
  ],
};
