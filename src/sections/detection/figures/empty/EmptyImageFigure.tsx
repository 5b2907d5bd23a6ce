/**
 * Figure `detection.empty`: a two-image dataset, the street and an empty
 * road. Per-image and dataset counts, precision and recall come from the
 * worker's `detection_image_counts` (readouts tp / fp / fn / precision /
 * recall with data-subject street-image, empty-image and dataset).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { Toggle } from '../../../../widgets/Toggle';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { ReadoutTable, RowName } from '../shared/ReadoutTable';
import { StreetDrawing } from '../shared/StreetDrawing';
import { STREET_OBJECTS, STREET_SIZE } from '../../../../scenes/detection/streetScene';
import type { Counts } from '../shared/results';
import { EMPTY_FALSE_ALARM, EMPTY_FOUND, emptyArgs } from './emptyArgs';
import { emptyWidget } from '../../state';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';

const t = detectionText.empty;
const viewBox = `0 0 ${STREET_SIZE.width} ${STREET_SIZE.height}`;
type Subject = 'street-image' | 'empty-image' | 'dataset';
/** The readouts of one row: static ids, so the readout-id test checks each one. */
const COLUMNS = {
  tp: { metric: 'tp', field: 'tp' },
  fp: { metric: 'fp', field: 'fp' },
  fn: { metric: 'fn', field: 'fn' },
  precision: { metric: 'detection_image_counts.precision', field: 'precision' },
  recall: { metric: 'detection_image_counts.recall', field: 'recall' },
} as const;
type Column = keyof typeof COLUMNS;

/** The empty-image figure. */
export function EmptyImageFigure() {
  const [state, setState, reset] = useWidgetState(emptyWidget);
  const args = useMemo(() => emptyArgs(state.fires), [state.fires]);
  const r = useMetric('detection_image_counts', args);
  const names: Record<Subject, string> = {
    'street-image': t.street,
    'empty-image': t.emptyImage,
    dataset: t.dataset,
  };
  const rows: { subject: Subject; name: string; counts: Counts | undefined }[] = [
    { subject: 'street-image', name: t.street, counts: r.value?.images[0] },
    { subject: 'empty-image', name: t.emptyImage, counts: r.value?.images[1] },
    { subject: 'dataset', name: t.dataset, counts: r.value?.dataset },
  ];
  const cell = (subject: Subject, column: Column, c: Counts | undefined) => {
    const { metric, field } = COLUMNS[column];
    const ratio = field === 'precision' || field === 'recall';
    return (
      <MetricReadout
        metric={metric}
        subject={subject}
        value={c ? c[field] : undefined}
        pending={r.pending}
        error={r.error}
        label={<span className="sr-only">{t.cell(t.columns[field], names[subject])}</span>}
        format={ratio ? 'fraction' : 'count'}
        digits={ratio ? 3 : undefined}
        undefinedReason={field === 'recall' ? t.recallUndefined : t.precisionUndefined}
      />
    );
  };
  return (
    <Figure widget={emptyWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <svg viewBox={viewBox} className="h-auto w-full rounded-md" role="img" aria-label={t.streetDrawing}>
          <StreetDrawing />
          {STREET_OBJECTS.filter((o) => EMPTY_FOUND.includes(o.id)).map((o) => (
            <BoxRect key={o.id} box={o.box} className={BOX_STYLES[o.cls]} />
          ))}
        </svg>
        <svg
          viewBox={viewBox}
          className="h-auto w-full rounded-md"
          role="img"
          aria-label={t.emptyDrawing(state.fires)}
        >
          <StreetDrawing withObjects={false} />
          {state.fires && <BoxRect box={EMPTY_FALSE_ALARM.box} className={BOX_STYLES.car} />}
        </svg>
      </div>
      <Toggle
        className="mt-3"
        label={t.fires}
        checked={state.fires}
        onChange={(fires) => setState({ fires })}
      />
      <div className="mt-3">
        <p className="m-0 mb-1 text-sm font-semibold" aria-hidden="true">
          {t.tableCaption}
        </p>
        <ReadoutTable
          caption={t.tableCaption}
          captionClassName="sr-only"
          columns={[t.image, t.columns.counts, t.columns.precision, t.columns.recall]}
          stack
        >
          {rows.map(({ subject, name, counts }) => (
            <tr key={subject} className="border-t border-border align-top">
              <RowName label={t.image}>{name}</RowName>
              <td className="px-1" data-label={t.columns.counts}>
                <div className="flex items-center gap-1">
                  {cell(subject, 'tp', counts)}
                  <span aria-hidden="true">/</span>
                  {cell(subject, 'fp', counts)}
                  <span aria-hidden="true">/</span>
                  {cell(subject, 'fn', counts)}
                </div>
              </td>
              <td className="px-1" data-label={t.columns.precision}>
                {cell(subject, 'precision', counts)}
              </td>
              <td className="px-1" data-label={t.columns.recall}>
                {cell(subject, 'recall', counts)}
              </td>
            </tr>
          ))}
        </ReadoutTable>
      </div>
    </Figure>
  );
}
