/**
 * The bag-of-concepts embedding of the text-to-image section: a transparent
 * stand-in for CLIP's two encoders. A prompt becomes one number per concept
 * of a small vocabulary (1 when a word of that concept occurs, else 0); a
 * composed scene becomes one number per concept it contains. Word order,
 * counts beyond presence and relation words leave no trace, which imitates
 * the bag-of-words behaviour measured on real CLIP models (Yuksekgonul et
 * al. 2023; Thrush et al. 2022).
 */

/** The objects a scene may hold. */
export const KINDS = ['horse', 'astronaut', 'cat', 'box', 'sphere'] as const;
/** One object kind. */
export type Kind = (typeof KINDS)[number];

/** The colours an object may have (`plain` is no colour word). */
export const COLOURS = ['plain', 'red', 'blue'] as const;
/** One colour. */
export type Colour = (typeof COLOURS)[number];

/** The concepts of the embedding, one dimension each: the kinds, then the colour words. */
export const CONCEPTS = [...KINDS, 'red', 'blue'] as const;
/** One concept. */
export type Concept = (typeof CONCEPTS)[number];

/** Longest prompt, in characters. */
export const MAX_PROMPT = 120;

/** Words that name a concept (singular, plural and a few synonyms). */
const CONCEPT_WORDS: Readonly<Record<string, Concept>> = {
  horse: 'horse',
  horses: 'horse',
  pony: 'horse',
  astronaut: 'astronaut',
  astronauts: 'astronaut',
  cat: 'cat',
  cats: 'cat',
  kitten: 'cat',
  kittens: 'cat',
  box: 'box',
  boxes: 'box',
  cube: 'box',
  cubes: 'box',
  sphere: 'sphere',
  spheres: 'sphere',
  ball: 'sphere',
  balls: 'sphere',
  red: 'red',
  blue: 'blue',
};

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'many',
  'several',
]);

const RELATION_WORDS = new Set([
  'riding',
  'rides',
  'ride',
  'on',
  'onto',
  'atop',
  'top',
  'under',
  'below',
  'beneath',
  'above',
  'over',
  'left',
  'right',
  'beside',
  'behind',
  'front',
  'next',
  'near',
  'between',
  'holding',
  'carrying',
  'inside',
]);

/** Why a word was used or ignored. */
export type WordRole = 'concept' | 'number' | 'relation' | 'other';

/** One word of a prompt and what the embedding did with it. */
export interface PromptWord {
  text: string;
  role: WordRole;
  /** The concept the word counts for (role `concept` only). */
  concept?: Concept;
}

/** The words of a prompt (letters or digits), lower-cased, each with its role. */
export function analysePrompt(prompt: string): PromptWord[] {
  const words =
    prompt
      .slice(0, MAX_PROMPT)
      .toLowerCase()
      .match(/[a-z]+|\d+/g) ?? [];
  return words.map((text) => {
    const concept = CONCEPT_WORDS[text];
    if (concept) return { text, role: 'concept', concept };
    if (/^\d+$/.test(text) || NUMBER_WORDS.has(text)) return { text, role: 'number' };
    if (RELATION_WORDS.has(text)) return { text, role: 'relation' };
    return { text, role: 'other' };
  });
}

/** The prompt's embedding: 1 for each concept one of its words names, else 0 (order and counts ignored). */
export function promptEmbedding(prompt: string): number[] {
  const present = new Set(analysePrompt(prompt).flatMap((w) => (w.concept ? [w.concept] : [])));
  return CONCEPTS.map((c) => (present.has(c) ? 1 : 0));
}

/** One object of a composed scene, at (x, y) in scene pixels. */
export interface SceneItem {
  kind: Kind;
  colour: Colour;
  x: number;
  y: number;
}

/** The scene's embedding: 1 for each kind and colour it contains, else 0 (positions and counts ignored). */
export function sceneEmbedding(items: readonly SceneItem[]): number[] {
  const present = new Set<string>();
  for (const it of items) {
    present.add(it.kind);
    if (it.colour !== 'plain') present.add(it.colour);
  }
  return CONCEPTS.map((c) => (present.has(c) ? 1 : 0));
}
