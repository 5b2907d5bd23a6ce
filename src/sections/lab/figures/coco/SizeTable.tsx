/**
 * The COCO panel's size breakdown: AP and AR of small, medium and large
 * objects (by the ground truth's `area`), with how many objects and
 * detections fall in each range.
 */
import { labCocoText } from '../../../../i18n/labCoco';
import type { CocoSizeRow } from '../../../../lab/coco/types';
import { ScrollArea } from '../../../../widgets/ScrollArea';
import { TableHead } from '../../../../widgets/TableHead';
import { apText } from './CategoryTable';

/** The size table. */
export function SizeTable({ rows }: { rows: readonly CocoSizeRow[] }) {
  const t = labCocoText.sizes;
  return (
    <ScrollArea label={t.region}>
      <table
        className="ba-table ba-table--stack ba-lab-coco-table w-full border-collapse"
        data-table="coco-sizes"
      >
        <TableHead columns={[t.size, t.range, t.ap, t.ar, t.annotations, t.detections]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-size={r.label}>
              <th scope="row" className="text-left font-normal" data-label={t.size}>
                {r.label}
              </th>
              <td className="tabular-nums" data-label={t.range}>
                {t.rangeText(r.range[0], r.range[1])}
              </td>
              <td className="ba-lab-coco-num tabular-nums" data-label={t.ap}>
                {apText(r.ap)}
              </td>
              <td className="ba-lab-coco-num tabular-nums" data-label={t.ar}>
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
  );
}
