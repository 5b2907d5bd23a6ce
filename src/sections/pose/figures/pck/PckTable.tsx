/**
 * The per-joint table of the PCK figure for one person: each joint's
 * distance, its binary PCK and PCKh verdicts, and OKS's graded term beside
 * them (rows carry data-joint, data-pck and data-pckh; the numbers are
 * readouts `pose_pck_terms.distance` and `pose_oks_terms.similarity`).
 */
import { memo, type ComponentProps } from 'react';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { OksTermsResult, PckTermsResult } from '../../results';
import { COMPACT_TABLE } from '../shared/compact';
import { JOINTS, jointWords } from '../../../../scenes/pose/skeleton';
import { TableHead } from '../../../../widgets/TableHead';

const t = poseText.pck;

type ReadoutFormat = ComponentProps<typeof MetricReadout>['format'];

/** Props of PckTable. */
export interface PckTableProps {
  subject: string;
  torso: MetricState<PckTermsResult>;
  head: MetricState<PckTermsResult>;
  oks: MetricState<OksTermsResult>;
}

function verdict(v: boolean | null | undefined): 'correct' | 'wrong' | undefined {
  return v === undefined || v === null ? undefined : v ? 'correct' : 'wrong';
}

function Verdict({ v }: { v: 'correct' | 'wrong' | undefined }) {
  if (!v) return <span>…</span>;
  return (
    <span className={`font-semibold ${v === 'correct' ? 'text-good' : 'text-bad'}`}>
      <span aria-hidden="true">{v === 'correct' ? '✓ ' : '✗ '}</span>
      {v === 'correct' ? t.hit : t.miss}
    </span>
  );
}

/** The per-joint verdicts of one person. */
export const PckTable = memo(function PckTable({ subject, torso, head, oks }: PckTableProps) {
  return (
    <div
      className="max-w-full overflow-x-auto"
      role="region"
      aria-label={t.tableCaption(subject)}
      tabIndex={0}
    >
      <table className={`w-full border-collapse text-sm ${COMPACT_TABLE}`}>
        <caption className="mb-1 text-left font-semibold">{t.tableCaption(subject)}</caption>
        <TableHead
          columns={[t.columns.joint, t.columns.distance, t.columns.pck, t.columns.pckh, t.columns.ks]}
          rowClassName="text-left"
        />
        <tbody>
          {JOINTS.map((joint, i) => {
            const name = jointWords(joint);
            const p = verdict(torso.value?.correct[i]);
            const h = verdict(head.value?.correct[i]);
            /** One readout cell of this joint: `state` gives its pending and error flags. */
            const cell = (
              metric: string,
              state: Pick<MetricState<unknown>, 'pending' | 'error'>,
              value: number | null | undefined,
              label: string,
              format: ReadoutFormat,
              digits: number,
            ) => (
              <td>
                <MetricReadout
                  metric={metric}
                  subject={subject}
                  data={{ joint }}
                  value={value}
                  pending={state.pending}
                  error={state.error}
                  label={<span className="sr-only">{label}</span>}
                  format={format}
                  digits={digits}
                />
              </td>
            );
            return (
              <tr
                key={joint}
                data-joint={joint}
                data-pck={p}
                data-pckh={h}
                className="border-t border-border"
              >
                <th scope="row" className="text-left font-normal">
                  {name}
                </th>
                {cell(
                  'pose_pck_terms.distance',
                  torso,
                  torso.value?.distance[i],
                  t.distanceLabel(name, subject),
                  'number',
                  1,
                )}
                <td>
                  <Verdict v={p} />
                </td>
                <td>
                  <Verdict v={h} />
                </td>
                {cell(
                  'pose_oks_terms.similarity',
                  oks,
                  oks.value ? (oks.value.similarity[i] ?? null) : undefined,
                  t.ksLabel(name, subject),
                  'fraction',
                  3,
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
