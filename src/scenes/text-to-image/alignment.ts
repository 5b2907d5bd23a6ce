/**
 * The composer's score: each prompt's bag-of-concepts embedding against the
 * composed scene's, through the metrics package's `clipScore`
 * (w * max(cos, 0), w = 2.5), with the words each prompt used and ignored
 * and what the scene shows (counts and relations) that the embedding drops.
 */
import { clipScore } from '../../metrics/generative/clipScore';
import {
  CONCEPTS,
  analysePrompt,
  promptEmbedding,
  sceneEmbedding,
  type Concept,
  type PromptWord,
  type SceneItem,
} from './concepts';
import { kindCounts, sceneRelations, type Relation } from './relations';

/** The result of `t2i_alignment`. */
export interface AlignmentResult {
  /** CLIPScore per prompt; null when a prompt or the scene names no concept (0/0). */
  scores: (number | null)[];
  /** Each prompt's words with their roles. */
  words: PromptWord[][];
  /** The concepts the scene's embedding holds. */
  sceneConcepts: Concept[];
  /** How many of each object the scene holds. */
  counts: { kind: string; count: number }[];
  /** How the objects stand, pair by pair. */
  relations: Relation[];
}

/** Scores every prompt against the scene. */
export function alignment(prompts: readonly string[], items: readonly SceneItem[]): AlignmentResult {
  const image = sceneEmbedding(items);
  return {
    scores: prompts.map((p) => clipScore(image, promptEmbedding(p))),
    words: prompts.map(analysePrompt),
    sceneConcepts: CONCEPTS.filter((_, i) => image[i] === 1),
    counts: kindCounts(items),
    relations: sceneRelations(items),
  };
}
