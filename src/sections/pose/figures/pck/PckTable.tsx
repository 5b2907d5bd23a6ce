/**
 * The per-joint verdicts of the PCK figure for one person, compact: a
 * summary line and only the joints PCK calls wrong (data-pck-wrong lists
 * them), then the full table, collapsed: each joint's distance, its binary
 * PCK and PCKh verdicts, and OKS's graded term beside them (rows carry
 * data-joint, data-pck and data-pckh; the numbers are readouts
 * `pose_pck_terms.distance` and `pose_oks_terms.similarity`). The table
 * stacks into cards on phones (`ba-table--stack`, data-label per cell).
 */
import { memo, type ComponentProps } from 'react';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { OksTermsResult, PckTermsResult } from '../../results';
import { COMPACT_TABLE } from '../shared/compact';
import { JOINTS, jointWords } from '../../../../scenes/pose/skeleton';
import { formatForPeople } from '../../../../widgets/format';
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

/** A number as people read it, or "…" while it is not there. */
function shown(v: number | null | undefined, format: ReadoutFormat, digits: number): string {
  return v === undefined || v === null ? '…' : formatForPeople(v, format, digits);
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
  const c = t.columns;
  const correct = torso.value?.correct;
  const wrong = correct ? JOINTS.map((j, i) => ({ j, i })).filter(({ i }) => correct[i] === false) : [];
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <p className="m-0 font-semibold" data-pck-wrong={wrong.map((w) => w.j).join(' ')}>
        {correct ? t.summary(subject, wrong.length) : '…'}
      </p>
      {correct && (
        <div className="flex flex-wrap items-baseline gap-1.5 text-sm">
          <span>{t.wrongHeading}</span>
          {wrong.length === 0 && <span>{t.wrongNone}</span>}
          {wrong.map(({ j, i }) => (
            <span key={j} className="rounded border border-border bg-bg px-1.5 py-0.5 tabular-nums">
              <span aria-hidden="true" className="font-semibold text-bad">
                ✗{' '}
              </span>
              {t.wrongItem(jointWords(j), shown(torso.value?.distance[i], 'number', 1))}
            </span>
          ))}
        </div>
      )}
      <details className="min-w-0">
        <summary className="cursor-pointer font-semibold">{t.fullTable}</summary>
        <table className={`ba-table ba-table--stack mt-2 w-full border-collapse text-sm ${COMPACT_TABLE}`}>
          <caption className="mb-1 text-left font-semibold">{t.tableCaption(subject)}</caption>
          <TableHead columns={[c.joint, c.distance, c.pck, c.pckh, c.ks]} rowClassName="text-left" />
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
                column: string,
              ) => (
                <td data-label={column}>
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
                  <th scope="row" className="text-left font-normal" data-label={c.joint}>
                    {name}
                  </th>
                  {cell(
                    'pose_pck_terms.distance',
                    torso,
                    torso.value?.distance[i],
                    t.distanceLabel(name, subject),
                    'number',
                    1,
                    c.distance,
                  )}
                  <td data-label={c.pck}>
                    <Verdict v={p} />
                  </td>
                  <td data-label={c.pckh}>
                    <Verdict v={h} />
                  </td>
                  {cell(
                    'pose_oks_terms.similarity',
                    oks,
                    oks.value ? (oks.value.similarity[i] ?? null) : undefined,
                    t.ksLabel(name, subject),
                    'fraction',
                    3,
                    c.ks,
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
});
