/**
 * The table frame the detection figures show their readouts in: a scrollable
 * area named by the caption, a compact table (see compact.ts) with a caption
 * and a header row; the rows are the children.
 */
import type { ReactNode } from 'react';
import { ScrollArea } from '../../../../widgets/ScrollArea';
import { TableHead } from '../../../../widgets/TableHead';
import { COMPACT_READOUTS } from './compact';
import '../../detection.css';

interface ReadoutTableProps {
  /** The caption, also the scroll area's accessible name. */
  caption: string;
  /** Class of the caption element (e.g. `sr-only` when a visible title stands above). */
  captionClassName: string;
  /** Header cells, left to right. */
  columns: readonly ReactNode[];
  /** Extra Tailwind classes of the table, before the compact-readout ones. */
  tableClassName?: string;
  /** Class of each header cell. */
  headCellClassName?: string;
  /** The body rows. */
  children: ReactNode;
  /** Shown under the table, inside the scroll area. */
  footer?: ReactNode;
  /**
   * Stack each row into a card on phones (`ba-table--stack`); every cell then
   * needs a `data-label` with its column header.
   */
  stack?: boolean;
}

/** A captioned table of readouts inside a ScrollArea. */
export function ReadoutTable(props: ReadoutTableProps) {
  const {
    caption,
    captionClassName,
    columns,
    tableClassName,
    headCellClassName = 'px-1',
    children,
    footer,
    stack = false,
  } = props;
  return (
    <ScrollArea label={caption}>
      <table
        className={`w-full border-collapse text-sm ${stack ? 'ba-table--stack ' : ''}${tableClassName ? `${tableClassName} ` : ''}${COMPACT_READOUTS}`}
      >
        <caption className={captionClassName}>{caption}</caption>
        <TableHead columns={columns} rowClassName="text-left" cellClassName={headCellClassName} />
        <tbody>{children}</tbody>
      </table>
      {footer}
    </ScrollArea>
  );
}

/** A row's name cell (`th scope="row"`), left-aligned in normal weight; `label`: its column header, for stacked tables. */
export function RowName({
  children,
  className = 'px-1 py-1',
  label,
}: {
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  return (
    <th scope="row" className={`${className} text-left font-normal`} data-label={label}>
      {children}
    </th>
  );
}
