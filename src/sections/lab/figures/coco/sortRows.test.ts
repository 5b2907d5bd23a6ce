import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortCategoryRows } from './sortRows';
import type { CocoCategoryRow } from '../../../../lab/coco/types';

const row = (id: number, ap: number | null, name = `c${id}`): CocoCategoryRow => ({
  id,
  name,
  annotations: id,
  detections: 0,
  ap,
  ap50: ap,
  ap75: ap,
  ar: ap,
});

describe('sortCategoryRows', () => {
  it('sorts by AP both ways with categories without ground truth last', () => {
    const rows = [row(1, 0.5), row(2, null), row(3, 0.9), row(4, 0.1)];
    expect(sortCategoryRows(rows, 'ap', true).map((r) => r.id)).toEqual([3, 1, 4, 2]);
    expect(sortCategoryRows(rows, 'ap', false).map((r) => r.id)).toEqual([4, 1, 3, 2]);
    expect(sortCategoryRows(rows, 'name', false).map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });

  it('is a permutation, ordered by the key, nulls last (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })),
        fc.boolean(),
        (aps, desc) => {
          const rows = aps.map((ap, i) => row(i + 1, ap));
          const out = sortCategoryRows(rows, 'ap', desc);
          expect(out.map((r) => r.id).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id));
          const values = out.map((r) => r.ap);
          const firstNull = values.indexOf(null);
          if (firstNull !== -1) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
          const known = values.filter((v): v is number => v !== null);
          for (let i = 1; i < known.length; i++) {
            const a = known[i - 1] as number;
            const b = known[i] as number;
            expect(desc ? a >= b : a <= b).toBe(true);
          }
        },
      ),
    );
  });
});
