/** Presentation slides of the choosing section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

const COUNTS = ['[data-metric="choosing.metric_count"]', '[data-metric="choosing.convention_count"]'];

/**
 * Headlines, notes and take-away of the choosing figures. The chooser and the
 * table each span two slides, so their text stays lecture-hall size: the
 * list with its counts, then the questions with the counts; the table's
 * first four tasks with its filter, then the rest.
 */
export const slides: SectionSlides = {
  figures: {
    'choosing.chooser': [
      {
        headline: 'Metrics come in teams',
        notes:
          'Each item covers another one’s blind spot; the “State:” lines are the conventions to report with the numbers.',
        hide: ['.ch-questions'],
        headlines: COUNTS,
      },
      {
        headline: 'Each answer changes the team',
        notes:
          'Answer for your own problem and watch the counts: tiny structures, empty images and a deployed decision each add a metric or a rule to state.',
        hide: ['.ch-recs', '.ch-counts__note'],
        headlines: COUNTS,
      },
    ],
    'choosing.table': [
      {
        headline: 'One page: what to report, what it hides',
        hide: ['tbody > tr:nth-child(n+5)'],
      },
      {
        headline: 'One page, continued: what to report, what it hides',
        hide: ['.ch-filter', 'tbody > tr:nth-child(-n+4)'],
      },
    ],
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Report several metrics that hide different things, with their conventions and intervals.',
    },
  ],
};
