/**
 * The ranked table of the keypoint-AP figure: predictions by descending
 * score (row order), each with an editable score, the person it was made for, its OKS
 * with that person (readout `pose_keypoint_matches.oks`, data-subject
 * `prediction-<n>`) and its verdict at OKS 0.50 and 0.75 (data-at50,
 * data-at75 on the row), then the predictions that pass 0.50 but not 0.75.
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { KeypointMatchRow, KeypointMatchesResult } from '../../results';
import { COMPACT_TABLE } from '../shared/compact';
import { AP_PREDICTIONS } from '../../../../scenes/pose/apScene';
import { NumberField } from '../../../../widgets/NumberField';
import { TableHead } from '../../../../widgets/TableHead';

const t = poseText.ap;
const c = t.columns;
/** A score: [0, 1] in steps of 0.01 (the state schema's grid). */
const SCORE_RULE = { min: 0, max: 1, step: 0.01 } as const;

/** The index of OKS 0.50 among COCO's ten thresholds. */
export const T50 = 0;
/** The index of OKS 0.75 among COCO's ten thresholds. */
export const T75 = 5;

/** Props of ApTable. */
export interface ApTableProps {
  result: MetricState<KeypointMatchesResult>;
  scores: readonly number[];
  onScore: (i: number, score: number) => void;
}

function Verdict({ row, t: ti, person }: { row: KeypointMatchRow; t: number; person: number }) {
  const o = row.outcome[ti];
  const thr = ti === T50 ? 0.5 : 0.75;
  const taken = o === 'fp' && (row.oks[person] ?? 0) >= thr;
  const text = o === 'tp' ? t.tp : o === 'ignored' ? t.ignored : taken ? t.duplicate : t.fp;
  return <span className={`font-semibold ${o === 'tp' ? 'text-good' : 'text-bad'}`}>{text}</span>;
}

/** The table and the list of loose-only true positives. */
export function ApTable({ result, scores, onScore }: ApTableProps) {
  const rows = result.value?.rows ?? [];
  const loose = rows.filter((r) => r.outcome[T50] === 'tp' && r.outcome[T75] !== 'tp');
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="min-w-0">
        <table className={`ba-table ba-table--stack w-full border-collapse text-sm ${COMPACT_TABLE}`}>
          <caption className="mb-1 text-left font-semibold">{t.tableCaption}</caption>
          <TableHead
            columns={[c.prediction, c.score, c.person, c.oks, c.at50, c.at75]}
            rowClassName="text-left"
          />
          <tbody>
            {rows.map((row) => {
              const n = row.index + 1;
              const person = AP_PREDICTIONS[row.index]?.person ?? 0;
              return (
                <tr
                  key={n}
                  data-prediction={n}
                  data-at50={row.outcome[T50]}
                  data-at75={row.outcome[T75]}
                  className="border-t border-border"
                >
                  <th scope="row" className="text-left font-normal" data-label={c.prediction}>
                    {n}
                  </th>
                  <td data-label={c.score}>
                    <NumberField
                      value={scores[row.index] ?? row.score}
                      rule={SCORE_RULE}
                      label={t.scoreLabel(n)}
                      className="w-20 rounded border border-border bg-bg px-1 py-0.5"
                      onCommit={(v) => onScore(row.index, v)}
                    />
                  </td>
                  <td data-label={c.person}>{person + 1}</td>
                  <td data-label={c.oks}>
                    <MetricReadout
                      metric="pose_keypoint_matches.oks"
                      subject={`prediction-${n}`}
                      value={row.oks[person]}
                      pending={result.pending}
                      error={result.error}
                      label={<span className="sr-only">{t.oksLabel(n)}</span>}
                      format="fraction"
                      digits={3}
                    />
                  </td>
                  <td data-label={c.at50}>
                    <Verdict row={row} t={T50} person={person} />
                  </td>
                  <td data-label={c.at75}>
                    <Verdict row={row} t={T75} person={person} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="m-0 text-sm" data-loose-only={loose.map((r) => r.index + 1).join(' ')}>
        <strong>{t.onlyLoose}</strong>{' '}
        {loose.length === 0
          ? t.onlyLooseNone
          : loose
              .map((r) => t.onlyLooseItem(r.index + 1, (AP_PREDICTIONS[r.index]?.person ?? 0) + 1))
              .join(', ')}
      </p>
    </div>
  );
}
