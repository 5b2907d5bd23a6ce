/**
 * The header row of a readout table: one column header a label.
 */
import type { ReactNode } from 'react';

/** Props of TableHead. */
export interface TableHeadProps {
  /** The column headers, in order. */
  columns: readonly ReactNode[];
  /** Classes of the header row. */
  rowClassName?: string;
  /** Classes of every header cell. */
  cellClassName?: string;
}

/** `<thead>` with one `<th scope="col">` per column. */
export function TableHead({ columns, rowClassName, cellClassName }: TableHeadProps) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns.map((h, i) => (
          <th key={i} scope="col" className={cellClassName}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
