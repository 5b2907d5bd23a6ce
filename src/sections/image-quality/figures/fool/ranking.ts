/**
 * Rankings of the "More ways to fool PSNR" table: by a metric (1 = closest to
 * the original) and by the reader's eye, and how often two rankings agree.
 */

/**
 * Standard competition ranks ("1224") of `values` where larger is better:
 * rank = 1 + the number of values larger by more than `tie` (default 0, so
 * only equal values share a rank); undefined or NaN values rank last,
 * together. Returns ranks in input order.
 */
export function ranksByValue(values: readonly (number | undefined)[], tie = 0): number[] {
  return values.map((v) => {
    if (v === undefined || Number.isNaN(v)) {
      return 1 + values.filter((u) => u !== undefined && !Number.isNaN(u)).length;
    }
    return 1 + values.filter((u) => u !== undefined && !Number.isNaN(u) && u > v + tie).length;
  });
}

/** Ranks of the items by their position in `order` (first = 1); items missing from `order` get 0. */
export function ranksByOrder<T>(items: readonly T[], order: readonly T[]): number[] {
  return items.map((item) => order.indexOf(item) + 1);
}

/** How many positions two rank lists share (same rank for the same item). */
export function agreement(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) n++;
  return n;
}

/** `order` with the item at `index` swapped with its neighbour `index + delta` (unchanged at the ends). */
export function moveItem<T>(order: readonly T[], index: number, delta: -1 | 1): T[] {
  const next = [...order];
  const j = index + delta;
  if (index < 0 || index >= next.length || j < 0 || j >= next.length) return next;
  [next[index], next[j]] = [next[j]!, next[index]!];
  return next;
}
