/**
 * Four made-up text-to-image generators, each scored on realism (FID on toy
 * 2-D features, not Inception-v3) and on prompt alignment (mean CLIPScore of
 * the bag-of-concepts embedding, not CLIP): one realistic but off-prompt,
 * one on-prompt but unrealistic, one collapsed onto a single kind of
 * picture, one good. Seeded, so every reader sees the same numbers.
 */
import { mulberry32, normalSampler } from '../../lib/random';
import { fidFromFeatures } from '../../metrics/generative/fidFeatures';
import { clipScore } from '../../metrics/generative/clipScore';
import { CONCEPTS, promptEmbedding } from './concepts';

/** The generators, in the order the figure first lists them. */
export const GENERATORS = ['off-prompt', 'unrealistic', 'collapsed', 'good'] as const;
/** One generator id. */
export type GeneratorId = (typeof GENERATORS)[number];

/** Samples per set (real and each generator). */
export const GENERATOR_SAMPLES = 400;
/** Default seed. */
export const GENERATOR_SEED = 18;

/** The prompts each generator is asked to draw. */
export const GENERATOR_PROMPTS = [
  'a red box',
  'a cat on a blue box',
  'an astronaut riding a horse',
  'a blue sphere left of a red box',
  'two cats',
  'a horse under a sphere',
  'an astronaut holding a red sphere',
  'a cat and a horse',
] as const;

/** Centres of the four modes of the "real" feature distribution. */
const MODES: readonly (readonly [number, number])[] = [
  [-2, -2],
  [2, -2],
  [-2, 2],
  [2, 2],
];

interface Recipe {
  /** Shift of every mode, in feature units. */
  shift: readonly [number, number];
  /** Standard deviation of each mode. */
  spread: number;
  /** Number of modes used (1 = collapse). */
  modes: number;
  /** Chance that a drawn picture loses one concept of its prompt. */
  miss: number;
  /** Chance that each concept of the prompt is replaced by another one. */
  swap: number;
}

const RECIPES: Readonly<Record<GeneratorId, Recipe>> = {
  'off-prompt': { shift: [0, 0], spread: 0.8, modes: 4, miss: 0, swap: 0.75 },
  unrealistic: { shift: [1.6, -1.2], spread: 0.8, modes: 4, miss: 0, swap: 0 },
  collapsed: { shift: [0, 0], spread: 0.35, modes: 1, miss: 0.04, swap: 0 },
  good: { shift: [0.35, 0.2], spread: 0.85, modes: 4, miss: 0.15, swap: 0.03 },
};

/** N seeded 2-D features of a recipe. */
function features(r: Recipe, n: number, seed: number): number[][] {
  const rand = mulberry32(seed);
  const normal = normalSampler(rand);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const m = MODES[Math.floor(rand() * r.modes)]!;
    out.push([m[0] + r.shift[0] + r.spread * normal(), m[1] + r.shift[1] + r.spread * normal()]);
  }
  return out;
}

/** The concept vector of one picture drawn for `prompt` by a recipe. */
function drawnConcepts(r: Recipe, prompt: readonly number[], rand: () => number): number[] {
  const v = [...prompt];
  for (let c = 0; c < v.length; c++) {
    if (v[c] === 1 && rand() < r.swap) {
      v[c] = 0;
      v[Math.floor(rand() * CONCEPTS.length)] = 1;
    }
  }
  if (rand() < r.miss) {
    const present = v.flatMap((x, c) => (x === 1 ? [c] : []));
    if (present.length > 1) v[present[Math.floor(rand() * present.length)]!] = 0;
  }
  return v;
}

/** Mean CLIPScore of `perPrompt` pictures per prompt (undefined scores count as 0). */
function meanClip(r: Recipe, perPrompt: number, seed: number): number {
  const rand = mulberry32(seed);
  let sum = 0;
  let n = 0;
  for (const p of GENERATOR_PROMPTS) {
    const text = promptEmbedding(p);
    for (let k = 0; k < perPrompt; k++) {
      sum += clipScore(drawnConcepts(r, text, rand), text) ?? 0;
      n++;
    }
  }
  return sum / n;
}

/** One generator's scores. */
export interface GeneratorScores {
  id: GeneratorId;
  /** FID between its features and the real ones (toy 2-D features). */
  fid: number;
  /** Mean CLIPScore over its pictures (bag-of-concepts embedding). */
  clip: number;
}

/** The four generators' FID and mean CLIPScore, in GENERATORS order. */
export function scoreGenerators(seed = GENERATOR_SEED): { models: GeneratorScores[] } {
  const real = features({ shift: [0, 0], spread: 0.8, modes: 4, miss: 0, swap: 0 }, GENERATOR_SAMPLES, seed);
  return {
    models: GENERATORS.map((id, i) => {
      const r = RECIPES[id];
      return {
        id,
        fid: fidFromFeatures(real, features(r, GENERATOR_SAMPLES, seed + 101 * (i + 1))),
        clip: meanClip(r, Math.round(GENERATOR_SAMPLES / GENERATOR_PROMPTS.length), seed + 7 * (i + 1)),
      };
    }),
  };
}
