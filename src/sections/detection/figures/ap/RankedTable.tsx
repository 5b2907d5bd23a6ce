/**
 * The ranked table of the AP figure: the chosen class's predictions by
 * descending score, each with an editable score, the object it matched, its
 * IoU, its verdict at the threshold, and precision and recall down to its
 * rank (readouts `box_iou`, `precision`, `recall` with data-subject
 * `prediction-<n>`).
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { detectionText } from '../../../../i18n/detection';
import type { MatchResult } from '../shared/results';
import { NumberField } from '../../../../widgets/NumberField';
import { ReadoutTable, RowName } from '../shared/ReadoutTable';

const t = detectionText.ap;
/** A score: [0, 1] in steps of 0.01 (the state schema's grid). */
const SCORE_RULE = { min: 0, max: 1, step: 0.01 } as const;
const c = t.columns;

/** Props of the ranked table. */
export interface RankedTableProps {
  cls: string;
  threshold: number;
  /** The one-class `detection_match` result. */
  result: MatchResult | undefined;
  pending: boolean;
  error: string | null;
  /** Prediction number (1-based) of each input detection of the one-class call. */
  predictionNumbers: readonly number[];
  /** Ids of the one-class call's ground truths (`car-1`...). */
  gtIds: readonly string[];
  /** Current scores of all predictions (index = number - 1). */
  scores: readonly number[];
  onScore: (i: number, score: number) => void;
}

/** The table. */
export function RankedTable(props: RankedTableProps) {
  const { cls, threshold, result, pending, error, predictionNumbers, gtIds, scores, onScore } = props;
  const rows = result?.detections ?? [];
  const sr = (s: string) => <span className="sr-only">{s}</span>;
  return (
    <div>
      <p className="m-0 mb-1 text-sm font-semibold" aria-hidden="true">
        {t.tableCaption(cls, threshold)}
      </p>
      <ReadoutTable
        caption={t.tableCaption(cls, threshold)}
        captionClassName="sr-only"
        columns={[c.rank, c.prediction, c.score, c.matched, c.iou, c.verdict, c.precision, c.recall]}
        stack
        tableClassName="[&_td]:py-1"
        headCellClassName="px-1 py-1"
      >
        {rows.map((row, k) => {
          const n = predictionNumbers[row.index] ?? row.index + 1;
          const point = result?.points[k];
          /** One fraction readout of this prediction's row. */
          const cell = (
            metric: string,
            value: number | null | undefined,
            label: string,
            column: string,
            undefinedReason?: string,
          ) => (
            <td className="px-1" data-label={column}>
              <MetricReadout
                metric={metric}
                subject={`prediction-${n}`}
                value={value}
                pending={pending}
                error={error}
                label={sr(label)}
                format="fraction"
                digits={2}
                undefinedReason={undefinedReason}
              />
            </td>
          );
          const matched =
            row.gt_index !== null
              ? (gtIds[row.gt_index] ?? t.none)
              : row.fp_reason === 'duplicate'
                ? t.duplicate
                : t.none;
          return (
            <tr key={n} data-prediction={n} className="border-t border-border">
              <td className="px-1" data-label={c.rank}>
                {row.rank + 1}
              </td>
              <RowName className="px-1" label={c.prediction}>
                {n}
              </RowName>
              <td className="px-1" data-label={c.score}>
                <NumberField
                  value={scores[n - 1] ?? row.score}
                  rule={SCORE_RULE}
                  label={t.scoreLabel(n)}
                  className="w-16 rounded border border-slate-400 bg-transparent px-1 py-1"
                  onCommit={(v) => onScore(n - 1, v)}
                />
              </td>
              <td className="px-1" data-label={c.matched}>
                {matched}
              </td>
              {cell('box_iou', row.iou, t.iouOf(n), c.iou, t.iouUndefined)}
              <td
                data-label={c.verdict}
                className={`px-1 font-semibold ${row.tp ? 'text-emerald-700 dark:text-emerald-300' : 'text-rose-700 dark:text-rose-300'}`}
              >
                {row.tp ? detectionText.tp : detectionText.fp}
              </td>
              {cell('detection_match.precision', point?.precision, t.precisionAt(row.rank + 1), c.precision)}
              {cell('detection_match.recall', point?.recall, t.recallAt(row.rank + 1), c.recall)}
            </tr>
          );
        })}
      </ReadoutTable>
    </div>
  );
}
