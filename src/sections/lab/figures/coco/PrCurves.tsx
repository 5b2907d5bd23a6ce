/**
 * Precision-recall curves of the COCO panel: pickers for the category (or
 * the mean over categories) and the IoU (OKS) threshold, the curve drawn
 * with d3 against the mean curve, the mean of its 101 points, and a light
 * readout computed in the metrics worker: the area under the same curve by
 * the VOC all-point rule.
 */
import { useMemo } from 'react';
import { labCocoText } from '../../../../i18n/labCoco';
import type { CocoJobResult } from '../../../../lab/coco/types';
import { LinePlot } from '../../../../widgets/charts/LinePlot';
import type { SeriesPoint } from '../../../../widgets/charts/plotGeometry';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { Select } from '../../../../widgets/Select';
import { useMetric } from '../../../../worker/useMetric';
import { curveMean, curveOf } from './prCurve';

/** Props of PrCurves. */
export interface PrCurvesProps {
  result: CocoJobResult;
  /** Category index, -1 for the mean over categories (clamped to the result). */
  category: number;
  threshold: number;
  onPick: (category: number, threshold: number) => void;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];
const PAD = { left: 88, right: 16, top: 12, bottom: 56 };

function points(recall: Float64Array, curve: Float64Array | null): SeriesPoint[] {
  return curve === null ? [] : Array.from(curve, (p, i) => [recall[i] as number, p] as const);
}

/** The curve pickers, plot and readouts. */
export function PrCurves({ result, category, threshold, onPick }: PrCurvesProps) {
  const t = labCocoText.pr;
  const K = result.categories.length;
  const k = category >= K ? 0 : category;
  const thr = Math.min(threshold, result.iouThresholds.length - 1);
  const curve = useMemo(() => curveOf(result, k, thr), [result, k, thr]);
  const mean = useMemo(() => curveOf(result, -1, thr), [result, thr]);
  const name = k === -1 ? t.allCategories : (result.categories[k]?.name ?? '');
  const thrText = (result.iouThresholds[thr] as number).toFixed(2);
  const ap = curve === null ? null : curveMean(curve);
  const vocArgs = useMemo(
    () =>
      curve === null ? null : { recall: Array.from(result.recallThresholds), precision: Array.from(curve) },
    [curve, result.recallThresholds],
  );
  const voc = useMetric('voc_ap', vocArgs);
  const categoryValues = ['-1', ...result.categories.map((_, i) => String(i))];
  const thresholdValues = result.iouThresholds.map((_, i) => String(i));
  return (
    <div className="ba-lab-coco-pr flex flex-col gap-3">
      <div className="flex flex-wrap gap-4">
        <Select
          label={t.category}
          value={String(k)}
          values={categoryValues}
          labelOf={(v) => (v === '-1' ? t.allCategories : (result.categories[Number(v)]?.name ?? v))}
          onChange={(v) => onPick(Number(v), thr)}
        />
        <Select
          label={result.iouType === 'bbox' ? t.threshold : t.oksThreshold}
          value={String(thr)}
          values={thresholdValues}
          labelOf={(v) => (result.iouThresholds[Number(v)] as number).toFixed(2)}
          onChange={(v) => onPick(k, Number(v))}
        />
      </div>
      {curve === null ? (
        <p>{t.noGt(name)}</p>
      ) : (
        <LinePlot
          width={520}
          height={320}
          pad={PAD}
          xDomain={[0, 1]}
          yDomain={[0, 1]}
          xTicks={TICKS}
          yTicks={TICKS}
          xLabel={t.xLabel}
          yLabel={t.yLabel}
          label={t.plot(name, thrText, ap === null ? '–' : ap.toFixed(3))}
          className="max-w-xl"
          series={[
            { id: 'mean', points: points(result.recallThresholds, mean), dashed: true, strokeWidth: 1.5 },
            {
              id: 'picked',
              points: points(result.recallThresholds, curve),
              strokeWidth: 2.5,
              className: 'stroke-sky-700 dark:stroke-sky-300',
            },
          ]}
        />
      )}
      <p className="m-0 text-sm">
        {t.legendPicked}; {t.legendMean}
      </p>
      {ap !== null ? <p className="m-0">{t.pointMean(ap.toFixed(3))}</p> : null}
      <MetricReadout
        metric="voc_ap"
        value={vocArgs === null ? null : voc.value}
        pending={voc.pending}
        error={voc.error}
        label={t.vocLabel}
        format="fraction"
        data={{ category: name, threshold: thrText }}
        undefinedReason={vocArgs === null ? t.noGt(name) : undefined}
      />
    </div>
  );
}
