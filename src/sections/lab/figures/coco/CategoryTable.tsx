/**
 * The per-category table of the COCO panel: AP, AP50, AP75, AR at maxDets
 * and the counts of each category, sortable by any column with the header
 * buttons (keyboard too; the sorted header carries aria-sort).
 */
import { labCocoText } from '../../../../i18n/labCoco';
import type { CocoCategoryRow } from '../../../../lab/coco/types';
import { ScrollArea } from '../../../../widgets/ScrollArea';
import { Select } from '../../../../widgets/Select';
import { sortCategoryRows } from './sortRows';
import type { CocoSortKey } from './state';

/** Props of CategoryTable. */
export interface CategoryTableProps {
  rows: readonly CocoCategoryRow[];
  maxDets: number;
  sortKey: CocoSortKey;
  sortDescending: boolean;
  onSort: (key: CocoSortKey, descending: boolean) => void;
}

/** A value for people: 3 decimals, or "undefined" (no ground truth). */
export function apText(x: number | null): string {
  return x === null ? labCocoText.table.noGt : x.toFixed(3);
}

/** The sortable per-category table. */
export function CategoryTable({ rows, maxDets, sortKey, sortDescending, onSort }: CategoryTableProps) {
  const t = labCocoText.table;
  const columns: { key: CocoSortKey; label: string; numeric: boolean }[] = [
    { key: 'name', label: t.category, numeric: false },
    { key: 'ap', label: t.ap, numeric: true },
    { key: 'ap50', label: t.ap50, numeric: true },
    { key: 'ap75', label: t.ap75, numeric: true },
    { key: 'ar', label: t.ar(maxDets), numeric: true },
    { key: 'annotations', label: t.annotations, numeric: true },
    { key: 'detections', label: t.detections, numeric: true },
  ];
  const sorted = sortCategoryRows(rows, sortKey, sortDescending);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return (
    <>
      <div className="ba-lab-coco-phone-sort">
        <Select
          label={t.sortLabel}
          value={byKey.has(sortKey) ? sortKey : 'name'}
          values={columns.map((c) => c.key)}
          labelOf={(k) => t.sortOption(byKey.get(k)?.label ?? k, byKey.get(k)?.numeric ?? false)}
          onChange={(k) => onSort(k, byKey.get(k)?.numeric ?? false)}
        />
      </div>
      <ScrollArea label={t.region}>
        <table
          className="ba-table ba-table--stack ba-lab-coco-table w-full border-collapse"
          data-table="coco-categories"
        >
          <thead>
            <tr>
              {columns.map((c) => {
                const active = c.key === sortKey;
                const dir = active ? (sortDescending ? 'descending' : 'ascending') : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={dir ?? 'none'}
                    className={c.numeric ? 'text-right' : 'text-left'}
                  >
                    <button
                      type="button"
                      className="ba-lab-coco-sort"
                      data-sort={c.key}
                      onClick={() => onSort(c.key, active ? !sortDescending : c.numeric)}
                    >
                      {c.label}
                      <span aria-hidden="true" className="ba-lab-coco-sort__mark">
                        {dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : ' ↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id} data-category={r.name}>
                <th scope="row" className="text-left font-normal" data-label={t.category}>
                  {r.name}
                </th>
                <td className="ba-lab-coco-num tabular-nums" data-label={t.ap} data-value={String(r.ap)}>
                  {apText(r.ap)}
                </td>
                <td className="ba-lab-coco-num tabular-nums" data-label={t.ap50} data-value={String(r.ap50)}>
                  {apText(r.ap50)}
                </td>
                <td className="ba-lab-coco-num tabular-nums" data-label={t.ap75} data-value={String(r.ap75)}>
                  {apText(r.ap75)}
                </td>
                <td
                  className="ba-lab-coco-num tabular-nums"
                  data-label={t.ar(maxDets)}
                  data-value={String(r.ar)}
                >
                  {apText(r.ar)}
                </td>
                <td className="ba-lab-coco-num tabular-nums" data-label={t.annotations}>
                  {r.annotations.toLocaleString('en-US')}
                </td>
                <td className="ba-lab-coco-num tabular-nums" data-label={t.detections}>
                  {r.detections.toLocaleString('en-US')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {rows.some((r) => r.ap === null) ? <p className="m-0 text-sm">{t.noGtNote}</p> : null}
    </>
  );
}
