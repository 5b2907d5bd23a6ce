/**
 * One person's table of tolerance-ring radii: for each of the nine joint
 * groups (left and right share a constant), k_i and the radii where the
 * similarity is 0.75 and 0.5 (readouts `oks_ring_radius` with data-subject,
 * data-joint and data-similarity).
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { formatForPeople } from '../../../../widgets/format';
import { poseText } from '../../../../i18n/pose';
import { COMPACT_TABLE } from '../shared/compact';
import type { MetricState } from '../../../../worker/protocol';
import type { RingRadiiResult } from '../../results';
import { JOINT_GROUPS, jointIndex } from '../../../../scenes/pose/skeleton';
import { RING_SIMILARITIES } from '../../../../scenes/pose/args';
import { TableHead } from '../../../../widgets/TableHead';

const t = poseText.rings;

/** Props of RingTable. */
export interface RingTableProps {
  subject: string;
  area: number;
  result: MetricState<RingRadiiResult>;
}

/** The radii table of one person. */
export function RingTable({ subject, area, result }: RingTableProps) {
  const r = result.value;
  return (
    <table className={`ba-table ba-table--stack w-full border-collapse text-sm ${COMPACT_TABLE}`}>
      <caption className="mb-1 text-left font-semibold">
        {t.tableCaption(subject, formatForPeople(area, 'count'))}
      </caption>
      <TableHead
        columns={[t.columns.joint, t.columns.k, t.columns.inner, t.columns.outer]}
        rowClassName="text-left"
      />
      <tbody>
        {JOINT_GROUPS.map(({ group, joints }) => {
          const i = jointIndex(joints[0]!);
          const k = r?.sigma[i];
          const groupName = t.groups[group] ?? group;
          return (
            <tr key={group} className="border-t border-border">
              <th scope="row" className="text-left font-normal" data-label={t.columns.joint}>
                {groupName}
              </th>
              <td data-label={t.columns.k}>{k === undefined ? '…' : formatForPeople(2 * k, 'number', 3)}</td>
              {RING_SIMILARITIES.map((ks, j) => (
                <td key={ks} data-label={j === 0 ? t.columns.inner : t.columns.outer}>
                  <MetricReadout
                    metric="oks_ring_radius"
                    subject={subject}
                    data={{ joint: group, similarity: String(ks) }}
                    value={r?.radius[i]?.[j]}
                    pending={result.pending}
                    error={result.error}
                    label={<span className="sr-only">{t.radius(groupName, String(ks), subject)}</span>}
                    format="number"
                    digits={1}
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
