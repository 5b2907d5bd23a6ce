/**
 * DrawBench's 11 categories (Saharia et al. 2022, Imagen, appendix): an
 * example prompt in the style of each, the failure it probes, and whether
 * CLIPScore can see that failure. The verdicts follow what was measured on
 * real CLIP models: they behave much like bags of words (Yuksekgonul et al.
 * 2023; Thrush et al. 2022), so order, counts and relations barely move them.
 */

/** How well CLIPScore sees a category's failure. */
export type Verdict = 'yes' | 'partly' | 'no';

/** One DrawBench category. */
export interface DrawBenchCategory {
  id: string;
  name: string;
  example: string;
  probes: string;
  verdict: Verdict;
  why: string;
}

/** The 11 categories, in the order of the paper. */
export const DRAWBENCH: readonly DrawBenchCategory[] = [
  {
    id: 'colors',
    name: 'Colors',
    example: 'A black apple and a green backpack.',
    probes: 'Unusual colours, and giving each object its own colour (attribute binding).',
    verdict: 'partly',
    why: 'CLIP sees that black and green are there, but barely which object wears which colour.',
  },
  {
    id: 'counting',
    name: 'Counting',
    example: 'Four dogs on the street.',
    probes: 'Drawing exactly the number of objects asked for.',
    verdict: 'no',
    why: 'Three or five dogs often score almost as high as four: the embedding keeps “dog” better than the count.',
  },
  {
    id: 'conflicting',
    name: 'Conflicting',
    example: 'A horse riding an astronaut.',
    probes: 'Following an unlikely prompt instead of the usual picture.',
    verdict: 'no',
    why: 'The usual picture (an astronaut riding a horse) has the same words and scores as high.',
  },
  {
    id: 'dalle',
    name: 'DALL-E',
    example: 'An armchair in the shape of an avocado.',
    probes: 'Creative combinations of concepts, from prompts used to show DALL-E.',
    verdict: 'partly',
    why: 'Both concepts are rewarded; whether they were combined the right way is not.',
  },
  {
    id: 'descriptions',
    name: 'Descriptions',
    example: 'A small vessel propelled on water by oars, sails or an engine.',
    probes: 'Long descriptions that never name the object (here: a boat).',
    verdict: 'partly',
    why: 'CLIP reads at most 77 tokens and matches words more than meaning.',
  },
  {
    id: 'marcus',
    name: 'Gary Marcus et al.',
    example: 'A red basketball with flowers on it, in front of a blue one with a similar pattern.',
    probes: 'Compositional prompts chosen to be hard (Marcus, Davis and Aaronson 2022).',
    verdict: 'no',
    why: 'Swapping the colours or the order keeps the same words, so the score barely moves.',
  },
  {
    id: 'misspellings',
    name: 'Misspellings',
    example: 'Rbefraigerator.',
    probes: 'Whether a typo still gives the intended object.',
    verdict: 'partly',
    why: 'CLIP’s own text encoder may or may not recover the word, so the score is unreliable here.',
  },
  {
    id: 'positional',
    name: 'Positional',
    example: 'A car on the left of a bus.',
    probes: 'Spatial relations: left, right, on top, under.',
    verdict: 'no',
    why: 'A bus on the left of a car has the same words; CLIP scores both about the same.',
  },
  {
    id: 'rare',
    name: 'Rare Words',
    example: 'Octothorpe.',
    probes: 'Words seldom seen in training data.',
    verdict: 'partly',
    why: 'CLIPScore only helps if CLIP itself knows the word.',
  },
  {
    id: 'reddit',
    name: 'Reddit',
    example: 'A shark in the desert.',
    probes: 'Everyday creative prompts collected from users of DALL-E 2 on Reddit.',
    verdict: 'partly',
    why: 'Missing objects lower the score; odd arrangements of the right objects do not.',
  },
  {
    id: 'text',
    name: 'Text',
    example: 'A storefront with “Deep Learning” written on it.',
    probes: 'Writing the requested text correctly inside the picture.',
    verdict: 'partly',
    why: 'CLIP reads some text in images, but a misspelt sign can still score well.',
  },
];

/** Category ids, in DrawBench's order. */
export const DRAWBENCH_IDS = DRAWBENCH.map((c) => c.id);
