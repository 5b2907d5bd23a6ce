/**
 * The generators figure's ranking: the generator ids (the worker's
 * GENERATORS; state.test.ts checks), moving one up or down, and how many of
 * the six pairs a metric orders as the reader does.
 */

/** Generator ids, in the figure's first order. */
export const GENERATOR_IDS = ['off-prompt', 'unrealistic', 'collapsed', 'good'] as const;
/** One generator id. */
export type GeneratorKey = (typeof GENERATOR_IDS)[number];

/** The order with `id` moved by `by` places (-1 up, +1 down), unchanged at an end. */
export function moveIn<T>(order: readonly T[], id: T, by: -1 | 1): T[] {
  const i = order.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= order.length) return [...order];
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/**
 * The pairs (of all n(n-1)/2) that `score` orders as `order` does: a pair
 * agrees when the one ranked higher by the reader has the better score
 * (lower when `lowerIsBetter`). Ties agree with nobody.
 */
export function pairsAgreeing<T>(
  order: readonly T[],
  score: (id: T) => number,
  lowerIsBetter: boolean,
): number {
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const d = score(order[i]!) - score(order[j]!);
      if (lowerIsBetter ? d < 0 : d > 0) k++;
    }
  }
  return k;
}

/** The id a metric puts first. */
export function bestBy<T>(
  ids: readonly T[],
  score: (id: T) => number,
  lowerIsBetter: boolean,
): T | undefined {
  let best: T | undefined;
  for (const id of ids) {
    if (best === undefined || (lowerIsBetter ? score(id) < score(best) : score(id) > score(best))) best = id;
  }
  return best;
}
