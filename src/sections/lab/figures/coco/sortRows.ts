/**
 * The per-category table's order: by one column, ascending or descending;
 * categories without ground truth (null) always last, ties in category-id order.
 */
import type { CocoCategoryRow } from '../../../../lab/coco/types';
import type { CocoSortKey } from './state';

function key(row: CocoCategoryRow, k: CocoSortKey): number | string | null {
  return row[k];
}

/** `rows` sorted by `sortKey` (a new array). */
export function sortCategoryRows(
  rows: readonly CocoCategoryRow[],
  sortKey: CocoSortKey,
  descending: boolean,
): CocoCategoryRow[] {
  const dir = descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = key(a.row, sortKey);
      const y = key(b.row, sortKey);
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
      return c !== 0 ? dir * c : a.i - b.i;
    })
    .map((e) => e.row);
}
