/**
 * Figure `segmentation.threshold`: a made-up pedestrian probability map
 * (built in the worker, `pedestrian_map`), a threshold slider, and precision,
 * recall and IoU of the person class from the worker (`binary_mask`).
 */
import { memo, useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { segmentationText } from '../../../../i18n/segmentation';
import { CROP, THRESHOLD, thresholdMap } from '../../../../scenes/segmentation/threshold';
import type { PedestrianMap } from '../../../../scenes/segmentation/probability';
import { BACKDROP, binaryErrorPicture, probabilityPicture, viridisGradient } from '../shared/pictures';
import { ErrorLegend } from '../shared/ErrorLegend';
import { thresholdWidget } from '../../state';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';
import { READOUT_GRID } from '../../../../widgets/classes';
import '../../present.css';

/** Output pixels per mask pixel (room for the hatching of misses). */
const SCALE = 4;
const t = segmentationText.threshold;
/** The map has no arguments: one request for the figure's lifetime. */
const MAP_ARGS = {};

/** The colour scale of the probability map, from 0 to 1. */
function ColourBar() {
  return (
    <div className="flex items-center gap-2 text-sm" aria-hidden="true">
      <span>0</span>
      <span className="h-3 flex-1 rounded-sm" style={{ background: viridisGradient() }} />
      <span>1</span>
    </div>
  );
}

/** The `binary_mask` arguments: the map's ground truth against the thresholded prediction. */
function maskPair(map: PedestrianMap, pred: Uint8Array) {
  const lm = (data: Uint8Array) => ({ width: map.width, height: map.height, data });
  return { gt: lm(map.gt), pred: lm(pred) };
}

/** The precision-recall threshold figure. */
export const ThresholdFigure = memo(function ThresholdFigure() {
  const [state, setState, reset] = useWidgetState(thresholdWidget);
  const source = useMetric('pedestrian_map', MAP_ARGS);
  const map = source.value;
  const heat = useMemo(() => (map ? probabilityPicture(map.probability) : null), [map]);
  const pred = useMemo(
    () => (map ? thresholdMap(map.probability, state.threshold) : null),
    [map, state.threshold],
  );
  const args = useMemo(() => (map && pred ? maskPair(map, pred) : null), [map, pred]);
  const m = useMetric('binary_mask', args);
  const picture = useMemo(
    () => (map && pred ? binaryErrorPicture(map.gt, pred, map.width, BACKDROP.street, SCALE) : null),
    [map, pred],
  );
  const common = {
    className: 'person',
    pending: m.pending || source.pending,
    error: m.error ?? source.error,
  };
  return (
    <Figure widget={thresholdWidget} caption={t.caption} onReset={reset}>
      <div className="seg-threshold flex flex-col gap-4">
        <Slider
          label={t.threshold}
          range={THRESHOLD}
          value={state.threshold}
          onChange={(v: number) => setState({ threshold: Math.round(v * 100) / 100 })}
        />
        <ReadoutGrid
          className={`${READOUT_GRID} grid-cols-3`}
          shared={{ ...common, format: 'fraction' }}
          readouts={[
            { metric: 'binary_mask.precision', label: t.precision, value: m.value?.precision },
            { metric: 'binary_mask.recall', label: t.recall, value: m.value?.recall },
            { metric: 'binary_mask.iou', label: t.iou, value: m.value?.iou },
          ]}
        />
        <p className="text-sm">{t.note}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <h3 className="font-semibold">{t.probability}</h3>
            <RgbaCanvas
              rgba={heat}
              width={CROP.width}
              height={CROP.height}
              pending={source.pending}
              alt={t.probabilityAlt}
            />
            <ColourBar />
          </div>
          <div className="flex flex-col gap-1">
            <h3 className="font-semibold">{t.prediction}</h3>
            <RgbaCanvas
              rgba={picture}
              width={CROP.width * SCALE}
              height={CROP.height * SCALE}
              alt={t.predictionAlt(state.threshold.toFixed(2))}
            />
            <ErrorLegend />
          </div>
        </div>
      </div>
    </Figure>
  );
});
