/**
 * A toy 10-class image classifier for the top-1 vs top-5 figure: twelve
 * described photos, each with its true class and the model's ranked guesses.
 * The order of the guesses is written by hand (that is the story: four dog
 * breeds the model mixes up, a wolf, and mistakes that have nothing to do
 * with dogs); the scores under that order come from a seeded generator, so
 * the figure can show them as probabilities that sum to 1.
 */
import { mulberry32 } from '../../../../lib/random';

/** The ten classes (ImageNet-style names). */
export const CLASSES = [
  'Siberian husky',
  'Alaskan malamute',
  'Eskimo dog',
  'Norwegian elkhound',
  'timber wolf',
  'tabby cat',
  'pickup truck',
  'mountain bike',
  'teapot',
  'banana',
] as const;

/** What kind of mistake a photo shows. */
export type MistakeKind = 'right' | 'breed' | 'unrelated' | 'two-objects' | 'miss';

/** One photo: what it shows, its true class and the model's guesses from best to worst. */
export interface ToyImage {
  id: string;
  /** What the photo shows, in words (there are no real photos here). */
  description: string;
  /** Index into CLASSES. */
  label: number;
  /** Class indices from the best guess to the worst (all ten). */
  order: number[];
  kind: MistakeKind;
}

const rest = (first: number[]) => [...first, ...CLASSES.map((_, i) => i).filter((i) => !first.includes(i))];

/** The twelve photos. The true class ranks 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5 and 7. */
export const IMAGES: readonly ToyImage[] = [
  { id: 'husky', description: 'a husky in snow', label: 0, order: rest([0, 2, 1]), kind: 'right' },
  { id: 'cat', description: 'a tabby cat on a sofa', label: 5, order: rest([5, 3, 9]), kind: 'right' },
  { id: 'truck', description: 'a pickup truck on a road', label: 6, order: rest([6, 7, 8]), kind: 'right' },
  { id: 'teapot', description: 'a teapot on a table', label: 8, order: rest([8, 9, 5]), kind: 'right' },
  { id: 'wolf', description: 'a timber wolf in a forest', label: 4, order: rest([4, 0, 3]), kind: 'right' },
  { id: 'bike', description: 'a mountain bike on a trail', label: 7, order: rest([7, 6, 3]), kind: 'right' },
  { id: 'malamute', description: 'a malamute puppy', label: 1, order: rest([0, 1, 2]), kind: 'breed' },
  { id: 'eskimo', description: 'an Eskimo dog, side view', label: 2, order: rest([1, 2, 0]), kind: 'breed' },
  {
    id: 'elkhound',
    description: 'an elkhound in tall grass',
    label: 3,
    order: rest([4, 0, 3]),
    kind: 'breed',
  },
  {
    id: 'street',
    description: 'a street with a bike leaning on a pickup truck (labelled “mountain bike”)',
    label: 7,
    order: rest([6, 8, 9, 7]),
    kind: 'two-objects',
  },
  {
    id: 'banana',
    description: 'a banana on a kitchen counter',
    label: 9,
    order: rest([8, 5, 6, 3, 9]),
    kind: 'unrelated',
  },
  {
    id: 'teapot2',
    description: 'a white teapot, photographed from above',
    label: 8,
    order: rest([5, 9, 0, 6, 7, 3, 8]),
    kind: 'miss',
  },
];

/** Seed of the toy classifier's scores. */
export const TOY_SEED = 17;

/**
 * Each photo's scores over the ten classes (probabilities summing to 1),
 * strictly decreasing along the photo's `order`: a seeded random logit per
 * rank, sorted, then a softmax. Same seed, same scores.
 */
export function toyScores(seed = TOY_SEED): number[][] {
  const next = mulberry32(seed);
  return IMAGES.map((image) => {
    const logits = Array.from({ length: CLASSES.length }, () => next() * 6).sort((a, b) => b - a);
    // Keep the ranks strictly apart so the order is the hand-written one.
    for (let r = 1; r < logits.length; r++)
      logits[r] = Math.min(logits[r] as number, (logits[r - 1] as number) - 0.05);
    const exp = logits.map((l) => Math.exp(l));
    const sum = exp.reduce((a, b) => a + b, 0);
    const scores = new Array<number>(CLASSES.length).fill(0);
    image.order.forEach((cls, rank) => {
      scores[cls] = (exp[rank] as number) / sum;
    });
    return scores;
  });
}

/** The true class of each photo, in IMAGES order. */
export const LABELS: readonly number[] = IMAGES.map((i) => i.label);

/** Rank (1 = best) of the true class in a photo's order. */
export function rankOfTruth(image: ToyImage): number {
  return image.order.indexOf(image.label) + 1;
}
