/**
 * Figure `detection.padding`: the "tight but fewer" detector alone and with
 * extra detections appended below all of its scores. COCO's AP, AP50 and
 * AR100 (readouts `coco_eval.<stat>`) never drop, while the precision of
 * everything it outputs collapses (`detection_image_counts.precision`); at
 * an operating point the extras never reach, nothing changes. Data-subject
 * `alone` / `padded`, and `alone-operating` / `padded-operating` for the
 * counts at the operating point.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';
import { detectionText } from '../../../../i18n/detection';
import {
  COCO_MAX_DETS,
  MAX_EXTRAS,
  paddedDetections,
  paddingCocoArgs,
  paddingCountArgs,
} from '../../../../scenes/detection/padding';
import { paddingWidget } from '../../state';
import { BOX_STYLES } from '../shared/boxStyles';
import { ReadoutTable, RowName } from '../shared/ReadoutTable';
import { StreetWithBoxes } from '../shared/StreetWithBoxes';
import { bboxState } from '../shared/results';

const t = detectionText.padding;
type Column = 'alone' | 'padded';
const COLUMNS: readonly Column[] = ['alone', 'padded'];

/** The table's rows: COCO statistics, then counts of everything output and at the operating point. */
const ROWS = [
  { key: 'ap', metric: 'coco_eval.ap', source: 'coco', at: false },
  { key: 'ap50', metric: 'coco_eval.ap50', source: 'coco', at: false },
  { key: 'ar100', metric: 'coco_eval.ar100', source: 'coco', at: false },
  { key: 'precision', metric: 'detection_image_counts.precision', source: 'counts', at: false },
  { key: 'recall', metric: 'detection_image_counts.recall', source: 'counts', at: false },
  { key: 'precision', metric: 'detection_image_counts.precision', source: 'counts', at: true },
  { key: 'recall', metric: 'detection_image_counts.recall', source: 'counts', at: true },
] as const;

/** The padding figure. */
export function PaddingFigure() {
  const [state, setState, reset] = useWidgetState(paddingWidget);
  const { extras, threshold } = state;
  const cocoAlone = bboxState(
    useMetric(
      'coco_eval',
      useMemo(() => paddingCocoArgs(0), []),
    ),
  );
  const cocoPadded = bboxState(
    useMetric(
      'coco_eval',
      useMemo(() => paddingCocoArgs(extras), [extras]),
    ),
  );
  const allAlone = useMetric(
    'detection_image_counts',
    useMemo(() => paddingCountArgs(0, 0), []),
  );
  const allPadded = useMetric(
    'detection_image_counts',
    useMemo(() => paddingCountArgs(extras, 0), [extras]),
  );
  const atAlone = useMetric(
    'detection_image_counts',
    useMemo(() => paddingCountArgs(0, threshold), [threshold]),
  );
  const atPadded = useMetric(
    'detection_image_counts',
    useMemo(() => paddingCountArgs(extras, threshold), [extras, threshold]),
  );
  const shown = paddedDetections(extras);
  const thresholdText = threshold.toFixed(2);
  const coco = { alone: cocoAlone, padded: cocoPadded };
  const counts = { alone: { all: allAlone, at: atAlone }, padded: { all: allPadded, at: atPadded } };
  const columnName = (c: Column) => (c === 'alone' ? t.alone : t.padded(extras));
  const rowName = (row: (typeof ROWS)[number]) =>
    row.at
      ? row.key === 'precision'
        ? t.rows.precisionAt(thresholdText)
        : t.rows.recallAt(thresholdText)
      : t.rows[row.key];

  return (
    <Figure widget={paddingWidget} caption={t.caption} onReset={reset}>
      <div className="det-padding-grid grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-3">
          <StreetWithBoxes label={t.drawing(extras)}>
            {shown.map((d, i) => (
              <BoxRect
                key={i}
                box={d.box}
                className={`${d.cls === 'car' ? BOX_STYLES.car : BOX_STYLES.person} ${d.extra ? `${BOX_STYLES.fp} opacity-70` : ''}`}
              />
            ))}
          </StreetWithBoxes>
          <Slider
            label={t.extras}
            min={0}
            max={MAX_EXTRAS}
            step={10}
            value={extras}
            onChange={(n) => setState({ extras: Math.round(n / 10) * 10 })}
          />
          <Slider
            label={t.threshold}
            min={0.05}
            max={0.95}
            step={0.05}
            value={threshold}
            onChange={(x) => setState({ threshold: Math.round(x * 20) / 20 })}
            format={(x) => x.toFixed(2)}
          />
          <p className="m-0 text-sm">{t.kept(shown.length, Math.min(shown.length, COCO_MAX_DETS))}</p>
        </div>
        <ReadoutTable
          caption={t.tableCaption}
          captionClassName="mb-1 text-left font-semibold"
          columns={[t.measure, ...COLUMNS.map(columnName)]}
        >
          {ROWS.map((row) => (
            <tr key={`${row.key}-${row.at}`} className="border-t border-border">
              <RowName>{rowName(row)}</RowName>
              {COLUMNS.map((c) => {
                const r = row.source === 'coco' ? coco[c] : row.at ? counts[c].at : counts[c].all;
                const value =
                  row.source === 'coco'
                    ? coco[c].value?.[row.key as 'ap' | 'ap50' | 'ar100']
                    : (row.at ? counts[c].at : counts[c].all).value?.dataset[
                        row.key as 'precision' | 'recall'
                      ];
                return (
                  <td key={c} className="px-1">
                    <MetricReadout
                      metric={row.metric}
                      subject={row.at ? `${c}-operating` : c}
                      value={value}
                      pending={r.pending}
                      error={r.error}
                      label={<span className="sr-only">{t.cell(rowName(row), columnName(c))}</span>}
                      format="fraction"
                      digits={3}
                      undefinedReason={t.undefinedPrecision}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </ReadoutTable>
      </div>
    </Figure>
  );
}
