/** Presentation slides of the text-to-image section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and statements of the text-to-image figures. */
export const slides: SectionSlides = {
  figures: {
    'text-to-image.composer': {
      headline: 'Same words, same score',
      notes:
        'The scene shows an astronaut riding a horse. “A horse riding an astronaut” gets the same full score: the embedding keeps which concepts occur, not who does what. Try “three cats” against “five cats”.',
      hide: [
        '[data-part="examples"]',
        '[data-part="formula"]',
        '[data-part="facts"]',
        '[data-part="selected"]',
      ],
    },
    'text-to-image.drawbench': {
      headline: 'DrawBench: where CLIPScore goes blind',
      notes:
        'Counting, positions and role reversals keep the same words, so CLIPScore barely moves. DrawBench was scored by human raters for this reason.',
    },
    'text-to-image.generators': [
      {
        headline: 'Four generators: rank them',
        notes: 'Ask the room to order the four generators before looking at the numbers.',
        hide: ['[data-part="verdict"]', '[data-part="stand-in"]', '[data-part="desc"]'],
      },
      {
        headline: 'No single number ranks them',
        notes:
          'FID puts Glossy (realistic, off-prompt) first; CLIPScore puts Literal (on-prompt, cartoonish) first. Only together do they point to Balanced.',
        hide: ['[data-part="ranking"]'],
      },
    ],
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Report FID for realism, CLIPScore for alignment, compositional tests for counts and relations, and human ratings for the rest.',
    },
  ],
};
