/**
 * Figure `depth.map`: a synthetic street scene, its ground truth and a
 * simulated prediction (global scale, seeded noise near and far, blurred
 * edges), the error map, every depth metric of the KITTI protocol, and the
 * share of each distance band in RMSE and AbsRel. One `depth_scene` request
 * to the worker computes all of it.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { depthText } from '../../../../i18n/depth';
import { BLUR_RANGE, NOISE_RANGE, SCALE_RANGE, mapWidget } from '../../state';
import { mapArgs } from '../shared/sceneArgs';
import { DepthMaps } from '../shared/DepthMaps';
import { BandChart } from './BandChart';
import { DEPTH_FIELDS, type DepthField } from '../../results';

const t = depthText.map;
const fmtScale = (v: number) => `× ${v.toFixed(2)}`;
const fmtPercent = (v: number) => `${v} %`;
const fmtPx = (v: number) => `${v.toFixed(1)} px`;
const labels = depthText.readoutLabels;

type MapState = typeof mapWidget.defaults;
type SliderKey = 'scale' | 'nearNoise' | 'farNoise' | 'edgeBlur';

/** The four sliders, in order; the noise percentages are whole numbers. */
const SLIDERS: readonly {
  key: SliderKey;
  range: typeof SCALE_RANGE | typeof NOISE_RANGE | typeof BLUR_RANGE;
  format: (v: number) => string;
  whole: boolean;
}[] = [
  { key: 'scale', range: SCALE_RANGE, format: fmtScale, whole: false },
  { key: 'nearNoise', range: NOISE_RANGE, format: fmtPercent, whole: true },
  { key: 'farNoise', range: NOISE_RANGE, format: fmtPercent, whole: true },
  { key: 'edgeBlur', range: BLUR_RANGE, format: fmtPx, whole: false },
];

/** The state update that sets one slider's value. */
function sliderUpdate(key: SliderKey, value: number): Partial<MapState> {
  const update: Partial<MapState> = {};
  update[key] = value;
  return update;
}

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

/** The four headline metrics, shown as cards; the rest of the standard list is grouped in a compact grid. */
const MAIN_FIELDS: readonly DepthField[] = ['rmse', 'abs_rel', 'a1', 'silog'];
const OTHER_FIELDS: readonly DepthField[] = DEPTH_FIELDS.filter((f) => !MAIN_FIELDS.includes(f));

/** The depth-map figure. */
export function MapFigure() {
  const [state, setState, reset] = useWidgetState(mapWidget);
  const { scale, nearNoise, farNoise, edgeBlur } = state;
  const args = useMemo(
    () => mapArgs({ scale, nearNoise, farNoise, edgeBlur }),
    [scale, nearNoise, farNoise, edgeBlur],
  );
  const r = useMetric('depth_scene', args);
  const res = r.value;
  const readout = (f: DepthField) => (
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
  );
  return (
    <Figure id={mapWidget.id} title={mapWidget.title} caption={t.caption} onReset={reset}>
      <div className="grid items-start gap-x-6 gap-y-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-2">
            {SLIDERS.map((s) => (
              <Slider
                key={s.key}
                label={t[s.key]}
                range={s.range}
                value={state[s.key]}
                onChange={(v) => setState(sliderUpdate(s.key, s.whole ? Math.round(v) : v))}
                format={s.format}
              />
            ))}
          </div>
          <RadioGroup
            legend={t.errorMode}
            value={state.errorMode}
            options={optionsOf(['absolute', 'relative'] as const, (mode) =>
              mode === 'absolute' ? t.absolute : t.relative,
            )}
            onChange={(mode) => setState({ errorMode: mode })}
          />
          <DepthMaps result={res} errorMode={state.errorMode} />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <h4 className="m-0 text-base font-semibold">{t.metricsHeading}</h4>
          <div className="ba-readouts-tight grid grid-cols-2 gap-2">{MAIN_FIELDS.map(readout)}</div>
          <div>
            <h5 className="m-0 mb-1 text-sm font-semibold">{t.otherMetrics}</h5>
            <div className="ba-readouts-compact grid grid-cols-2 gap-x-3 gap-y-0 rounded border border-slate-300 p-1 dark:border-slate-600">
              {OTHER_FIELDS.map(readout)}
            </div>
          </div>
          <h4 className="m-0 mt-2 text-base font-semibold">{t.bandsHeading}</h4>
          {res ? <p className="m-0 text-sm">{t.bandsIntro(res.near_pixels, res.far_pixels)}</p> : null}
          <BandChart bands={res?.bands} pending={r.pending} error={r.error} />
        </div>
      </div>
    </Figure>
  );
}
