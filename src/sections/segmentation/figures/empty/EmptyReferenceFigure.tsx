/**
 * Figure `segmentation.empty`: remove a class from the ground truth (and
 * optionally from the default prediction) and see its IoU become 0, then
 * undefined; the table shows what three library conventions for 0/0 do to
 * the mean IoU. Numbers from the worker (`segmentation`, `miou_conventions`).
 */
import { memo, useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { segmentationText } from '../../../../i18n/segmentation';
import { CLASS_ID, NUM_CLASSES, SCENE_HEIGHT, SCENE_WIDTH } from '../../../../scenes/segmentation/classes';
import { eraseClass } from './emptyReference';
import { composePicture } from '../shared/compose';
import { emptyWidget } from '../../state';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';
import { ErrorLegend } from '../shared/ErrorLegend';
import { DISPLAY_SCALE } from '../shared/displayScale';
import { READOUT_GRID } from '../../../../widgets/classes';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { Toggle } from '../../../../widgets/Toggle';
import '../../present.css';

const t = segmentationText.empty;
const names = segmentationText.classNames;

/** Props of EmptyReferenceFigure: the scene, its photo and the default prediction. */
export interface EmptyReferenceFigureProps {
  gt: Uint8Array;
  photo: Uint8ClampedArray;
  defaultPrediction: Uint8Array;
}

/** The empty-reference figure. */
export const EmptyReferenceFigure = memo(function EmptyReferenceFigure({
  gt,
  photo,
  defaultPrediction,
}: EmptyReferenceFigureProps) {
  const [state, setState, reset] = useWidgetState(emptyWidget);
  const id = CLASS_ID[state.cls];
  const clear = state.removeTruth && state.clearPrediction;
  const pair = useMemo(
    () => eraseClass({ gt, pred: defaultPrediction }, id, state.removeTruth, clear),
    [gt, defaultPrediction, id, state.removeTruth, clear],
  );
  const args = useMemo(() => {
    const map = (data: Uint8Array) => ({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data });
    return { gt: map(pair.gt), pred: map(pair.pred), num_classes: NUM_CLASSES };
  }, [pair]);
  const seg = useMetric('segmentation', args);
  const conv = useMetric('miou_conventions', args);
  const picture = useMemo(
    () =>
      composePicture(
        photo,
        pair.gt,
        pair.pred,
        SCENE_WIDTH,
        SCENE_HEIGHT,
        {
          truth: false,
          prediction: false,
          errors: true,
          errorClass: id,
        },
        DISPLAY_SCALE,
      ),
    [photo, pair, id],
  );
  const cls = names[state.cls];
  const common = { className: state.cls, pending: seg.pending, error: seg.error };
  const iou = seg.value ? (seg.value.iou[id] ?? null) : undefined;
  const reason = state.removeTruth && !clear && iou === 0 ? t.zeroReason(cls) : null;
  const m = conv.value?.miou;
  const convCommon = { pending: conv.pending, error: conv.error };
  const classUndefined = m ? m.undefinedClasses.includes(id) : false;
  const rows = [
    {
      key: 'skip',
      label: t.skip,
      who: t.skipWho,
      value: m?.skip,
      classValue: classUndefined ? t.skipValue : null,
    },
    { key: 'one', label: t.one, who: t.oneWho, value: m?.one, classValue: classUndefined ? '1' : null },
    { key: 'zero', label: t.zero, who: t.zeroWho, value: m?.zero, classValue: classUndefined ? '0' : null },
  ] as const;

  return (
    <Figure widget={emptyWidget} caption={t.caption} onReset={reset}>
      <div className="seg-empty grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="seg-empty__left flex flex-col gap-3">
          <div className="seg-empty__controls flex flex-col gap-3">
            <RadioGroup
              legend={t.cls}
              name="segmentation-empty-class"
              value={state.cls}
              options={(['sidewalk', 'car', 'person'] as const).map((n) => ({ value: n, label: names[n] }))}
              onChange={(c) => setState({ cls: c })}
            />
            <Toggle
              label={t.removeTruth}
              checked={state.removeTruth}
              onChange={(removeTruth) => setState({ removeTruth })}
            />
            <Toggle
              label={t.clearPrediction}
              checked={state.clearPrediction}
              disabled={!state.removeTruth}
              onChange={(clearPrediction) => setState({ clearPrediction })}
            />
          </div>
          <div className="seg-empty__picture flex flex-col gap-3">
            <RgbaCanvas
              rgba={picture}
              width={SCENE_WIDTH * DISPLAY_SCALE}
              height={SCENE_HEIGHT * DISPLAY_SCALE}
              alt={`${segmentationText.painter.errors}: ${cls}`}
            />
            <ErrorLegend />
          </div>
        </div>
        <div className="seg-empty__scores flex min-w-0 flex-col gap-4">
          <ReadoutGrid
            className={`${READOUT_GRID} grid-cols-2`}
            shared={{ ...common, format: 'fraction', undefinedReason: t.undefinedReason(cls) }}
            readouts={[
              { metric: 'segmentation.iou', label: t.iou(cls), value: iou },
              {
                metric: 'segmentation.dice',
                label: t.dice(cls),
                value: seg.value ? (seg.value.dice[id] ?? null) : undefined,
              },
            ]}
          />
          {reason && <p data-reason="false-positives-only">{reason}</p>}
          <div className="seg-conventions">
            <table className="ba-table ba-table--stack ba-readouts-compact w-full border-collapse text-sm">
              <caption className="mb-1 text-left font-semibold">{t.conventions}</caption>
              <thead>
                <tr>
                  <th scope="col" className="p-1 text-left">
                    {t.convention}
                  </th>
                  <th scope="col" className="p-1 text-left">
                    {t.classValue(cls)}
                  </th>
                  <th scope="col" className="p-1 text-left">
                    {t.meanValue}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="align-top">
                    <th scope="row" className="p-1 text-left font-normal" data-label={t.convention}>
                      <span className="font-semibold">{row.label}</span>
                      <span className="block text-xs [overflow-wrap:anywhere] opacity-80">{row.who}</span>
                    </th>
                    <td className="p-1" data-label={t.classValue(cls)}>
                      {row.classValue ?? (
                        <MetricReadout
                          metric="miou_conventions.iou"
                          className={state.cls}
                          subject={row.key}
                          label={<span className="sr-only">{t.classValue(cls)}</span>}
                          value={conv.value ? (conv.value.iou[id] ?? null) : undefined}
                          format="fraction"
                          {...convCommon}
                        />
                      )}
                    </td>
                    <td className="p-1" data-label={t.meanValue}>
                      <MetricReadout
                        metric={`miou_conventions.miou.${row.key}`}
                        subject={row.key}
                        label={<span className="sr-only">{t.meanValue}</span>}
                        value={row.value}
                        format="fraction"
                        {...convCommon}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {m && m.undefinedClasses.length === 0 && <p className="text-sm">{t.allDefined}</p>}
          </div>
        </div>
      </div>
    </Figure>
  );
});
