/**
 * Figure `segmentation.metrics`: the painted prediction's pixel accuracy,
 * per-class precision, recall, IoU and Dice, their means, the accuracy-trap
 * callout and the confusion-matrix heatmap. Every number comes from the
 * worker (`segmentation`), through the section.
 */
import { memo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { segmentationText } from '../../../../i18n/segmentation';
import { CLASS_NAMES } from '../../../../scenes/segmentation/classes';
import { metricsWidget } from '../../state';
import { accuracyTrap } from './trap';
import type { MetricView, SegmentationResult } from '../../results';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { ConfusionHeatmap } from '../../../../widgets/charts/ConfusionHeatmap';
import type { HeatView } from '../../../../widgets/charts/heatColour';
import { describeCell } from './confusionView';

const t = segmentationText.metrics;
const CLASS_LABELS = CLASS_NAMES.map((n) => segmentationText.classNames[n]);
const HEATMAP_TEXT = {
  caption: t.confusion,
  truthAxis: t.truthAxis,
  predictedAxis: t.predictedAxis,
  hint: t.cellHint,
};

const COLUMNS = [
  { field: 'precision', label: t.precision },
  { field: 'recall', label: t.recall },
  { field: 'iou', label: t.iou },
  { field: 'dice', label: t.dice },
] as const;

/** The live metrics figure. */
export const MetricsFigure = memo(function MetricsFigure({ seg }: { seg: MetricView<SegmentationResult> }) {
  const [state, setState, reset] = useWidgetState(metricsWidget);
  const r = seg.value;
  const common = { pending: seg.pending, error: seg.error };
  const trap = r ? accuracyTrap(r) : null;
  const worst = trap?.worst;
  return (
    <Figure widget={metricsWidget} caption={t.caption} onReset={reset}>
      <div className="flex flex-col gap-6">
        <ReadoutGrid
          className="grid gap-3 sm:grid-cols-3"
          shared={{ ...common, format: 'fraction' }}
          readouts={[
            {
              metric: 'segmentation.pixel_accuracy',
              label: t.pixelAccuracy,
              value: r?.pixel_accuracy,
              format: 'percent',
            },
            { metric: 'segmentation.miou', label: t.miou, value: r?.miou },
            { metric: 'segmentation.mdice', label: t.mdice, value: r?.mdice },
          ]}
        />
        <div
          data-callout="accuracy-trap"
          data-active={trap?.active ? 'true' : 'false'}
          role="note"
          aria-label={t.trapHeading}
          className={`ba-callout rounded-lg border-l-4 p-4 ${trap?.active ? 'ba-callout--warning border-amber-500 bg-amber-500/10' : 'ba-callout--quiet border-current/30'}`}
        >
          <p className="font-semibold">{t.trapHeading}</p>
          <p>
            {!r || r.pixel_accuracy === null
              ? t.waiting
              : trap?.active && worst
                ? t.trapActive(
                    r.pixel_accuracy,
                    segmentationText.classNames[worst.cls],
                    t.trapMetric[worst.metric],
                    worst.value,
                  )
                : t.trapInactive(r.pixel_accuracy)}
          </p>
        </div>
        <div className="grid items-start gap-6 xl:grid-cols-2">
          <div className="min-w-0">
            <table className="ba-table ba-table--stack ba-readouts-compact w-full border-collapse text-sm">
              <caption className="mb-1 text-left font-semibold">{t.perClass}</caption>
              <thead>
                <tr>
                  <th scope="col" className="p-1 text-left">
                    {t.classColumn}
                  </th>
                  {COLUMNS.map((c) => (
                    <th key={c.field} scope="col" className="p-1 text-left">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {CLASS_NAMES.map((name, id) => (
                  <tr key={name}>
                    <th scope="row" className="p-1 text-left align-middle" data-label={t.classColumn}>
                      {segmentationText.classNames[name]}
                    </th>
                    {COLUMNS.map((c) => (
                      <td key={c.field} className="p-1 align-middle" data-label={c.label}>
                        <MetricReadout
                          metric={`segmentation.${c.field}`}
                          className={name}
                          label={
                            <span className="sr-only">
                              {t.cellLabel(c.label, segmentationText.classNames[name])}
                            </span>
                          }
                          value={r ? (r[c.field][id] ?? null) : undefined}
                          format="fraction"
                          digits={3}
                          undefinedReason={c.field === 'precision' ? t.undefinedPrecision : undefined}
                          {...common}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex min-w-0 flex-col gap-2">
            <RadioGroup
              legend={t.view}
              name="segmentation-confusion-view"
              value={state.view}
              options={[
                { value: 'counts', label: t.counts },
                { value: 'shares', label: t.shares },
              ]}
              onChange={(view) => setState({ view })}
            />
            {r && <Confusion confusion={r.confusion} shares={r.row_shares} view={state.view} />}
          </div>
        </div>
      </div>
    </Figure>
  );
});

/** The heatmap widget fed with this section's classes, the worker's row shares and cell sentences. */
function Confusion(props: { confusion: number[][]; shares: (number | null)[][]; view: HeatView }) {
  const { confusion, shares, view } = props;
  return (
    <ConfusionHeatmap
      confusion={confusion}
      shares={shares}
      view={view}
      names={CLASS_LABELS}
      describe={(row, col) =>
        describeCell(CLASS_LABELS, row, col, confusion[row]?.[col] ?? 0, shares[row]?.[col] ?? null)
      }
      text={HEATMAP_TEXT}
    />
  );
}
