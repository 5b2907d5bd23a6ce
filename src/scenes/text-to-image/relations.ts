/**
 * What a composed scene shows beyond its bag of concepts: how many of each
 * object, and how pairs of objects stand (left of, on, under). The embedding
 * throws all of this away; the figure lists it so the reader sees what was lost.
 */
import { KINDS, type Kind, type SceneItem } from './concepts';

/** Horizontal distance (scene px) under which two objects count as stacked rather than side by side. */
export const STACK_DX = 45;

/** A relation between two objects, by their names (`cat 2`, `red box`). */
export interface Relation {
  a: string;
  rel: 'left of' | 'on' | 'above';
  b: string;
}

/** Each object's name: its colour word, its kind, and a number when the kind occurs more than once. */
export function itemNames(items: readonly SceneItem[]): string[] {
  const seen = new Map<Kind, number>();
  const total = new Map<Kind, number>();
  for (const it of items) total.set(it.kind, (total.get(it.kind) ?? 0) + 1);
  return items.map((it) => {
    const n = (seen.get(it.kind) ?? 0) + 1;
    seen.set(it.kind, n);
    const colour = it.colour === 'plain' ? '' : `${it.colour} `;
    return `${colour}${it.kind}${(total.get(it.kind) ?? 0) > 1 ? ` ${n}` : ''}`;
  });
}

/** The count of each kind present, in the order of KINDS. */
export function kindCounts(items: readonly SceneItem[]): { kind: Kind; count: number }[] {
  return KINDS.map((kind) => ({ kind, count: items.filter((it) => it.kind === kind).length })).filter(
    (c) => c.count > 0,
  );
}

/**
 * The relation of every pair (at most `limit`): stacked objects (closer than
 * STACK_DX horizontally) are "on" when they nearly touch (< 70 px apart
 * vertically) and "above" otherwise; the others are "left of".
 */
export function sceneRelations(items: readonly SceneItem[], limit = 8): Relation[] {
  const names = itemNames(items);
  const out: Relation[] = [];
  for (let i = 0; i < items.length && out.length < limit; i++) {
    for (let j = i + 1; j < items.length && out.length < limit; j++) {
      const p = items[i]!;
      const q = items[j]!;
      if (Math.abs(p.x - q.x) < STACK_DX) {
        const [top, bottom] = p.y <= q.y ? [i, j] : [j, i];
        const dy = Math.abs(p.y - q.y);
        out.push({ a: names[top]!, rel: dy < 70 ? 'on' : 'above', b: names[bottom]! });
      } else {
        const [left, right] = p.x <= q.x ? [i, j] : [j, i];
        out.push({ a: names[left]!, rel: 'left of', b: names[right]! });
      }
    }
  }
  return out;
}
