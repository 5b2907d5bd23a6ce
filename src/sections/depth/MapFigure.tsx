/**
 * Figure `depth.map`: a synthetic street scene, its ground truth and a
 * simulated prediction (global scale, seeded noise near and far, blurred
 * edges), the error map, every depth metric of the KITTI protocol, and the
 * share of each distance band in RMSE and AbsRel. One `depth_scene` request
 * to the worker computes all of it.
 */
import { useId, useMemo } from 'react';
import { useWidgetState } from '../../state/useWidgetState';
import { useMetric } from '../../worker/useMetric';
import { Figure } from '../../widgets/Figure';
import { Slider } from '../../widgets/Slider';
import { MetricReadout } from '../../widgets/MetricReadout';
import { depthText } from '../../i18n/depth';
import { BLUR_RANGE, NOISE_RANGE, SCALE_RANGE, mapWidget } from './depthState';
import { mapArgs } from './sceneArgs';
import { snap } from './snap';
import { DepthMaps } from './DepthMaps';
import { BandChart } from './BandChart';
import { DEPTH_FIELDS, type DepthField, type DepthSceneResult } from './resultTypes';

const t = depthText.map;
const fmtScale = (v: number) => `× ${v.toFixed(2)}`;
const fmtPercent = (v: number) => `${v} %`;
const fmtPx = (v: number) => `${v.toFixed(1)} px`;
const labels = depthText.readoutLabels;

/** How each metric is shown: metres for RMSE and the mean absolute error, fractions for the rest. */
const FORMATS: Record<DepthField, 'm' | 'fraction' | 'number'> = {
  abs_rel: 'fraction',
  sq_rel: 'number',
  rmse: 'm',
  rmse_log: 'number',
  log10: 'number',
  silog: 'number',
  a1: 'fraction',
  a2: 'fraction',
  a3: 'fraction',
  abs_error: 'm',
};

/** The depth-map figure. */
export function MapFigure() {
  const [state, setState, reset] = useWidgetState(mapWidget);
  const { scale, nearNoise, farNoise, edgeBlur } = state;
  const args = useMemo(
    () => mapArgs({ scale, nearNoise, farNoise, edgeBlur }),
    [scale, nearNoise, farNoise, edgeBlur],
  );
  const r = useMetric<DepthSceneResult>('depth_scene', args);
  const res = r.value;
  const radioName = useId();
  return (
    <Figure id={mapWidget.id} title={mapWidget.title} caption={t.caption} onReset={reset}>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Slider
          label={t.scale}
          min={SCALE_RANGE.min}
          max={SCALE_RANGE.max}
          step={SCALE_RANGE.step}
          value={scale}
          onChange={(v) => setState({ scale: snap(v, SCALE_RANGE.step) })}
          format={fmtScale}
        />
        <Slider
          label={t.nearNoise}
          min={NOISE_RANGE.min}
          max={NOISE_RANGE.max}
          step={NOISE_RANGE.step}
          value={nearNoise}
          onChange={(v) => setState({ nearNoise: Math.round(v) })}
          format={fmtPercent}
        />
        <Slider
          label={t.farNoise}
          min={NOISE_RANGE.min}
          max={NOISE_RANGE.max}
          step={NOISE_RANGE.step}
          value={farNoise}
          onChange={(v) => setState({ farNoise: Math.round(v) })}
          format={fmtPercent}
        />
        <Slider
          label={t.edgeBlur}
          min={BLUR_RANGE.min}
          max={BLUR_RANGE.max}
          step={BLUR_RANGE.step}
          value={edgeBlur}
          onChange={(v) => setState({ edgeBlur: snap(v, BLUR_RANGE.step) })}
          format={fmtPx}
        />
      </div>
      <fieldset className="mt-3 flex flex-wrap gap-4 border-0 p-0">
        <legend className="mb-1 font-semibold">{t.errorMode}</legend>
        {(['absolute', 'relative'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input
              type="radio"
              name={radioName}
              checked={state.errorMode === mode}
              onChange={() => setState({ errorMode: mode })}
            />
            {mode === 'absolute' ? t.absolute : t.relative}
          </label>
        ))}
      </fieldset>
      <div className="mt-4">
        <DepthMaps result={res} errorMode={state.errorMode} />
      </div>
      <h4 className="mt-6 mb-2 text-base font-semibold">{t.metricsHeading}</h4>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {DEPTH_FIELDS.map((f) => (
          <MetricReadout
            key={f}
            metric={`depth.${f}`}
            value={res?.metrics[f]}
            pending={r.pending}
            error={r.error}
            label={labels[f]}
            format={FORMATS[f]}
            digits={f === 'a1' || f === 'a2' || f === 'a3' ? 4 : 3}
            undefinedReason={depthText.noValid}
          />
        ))}
      </div>
      <h4 className="mt-6 mb-1 text-base font-semibold">{t.bandsHeading}</h4>
      {res ? <p className="m-0 mb-2">{t.bandsIntro(res.near_pixels, res.far_pixels)}</p> : null}
      <BandChart bands={res?.bands} pending={r.pending} error={r.error} />
    </Figure>
  );
}
