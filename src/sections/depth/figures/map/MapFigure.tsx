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
  return (
    <Figure id={mapWidget.id} title={mapWidget.title} caption={t.caption} onReset={reset}>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
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
        className="mt-3"
        legend={t.errorMode}
        value={state.errorMode}
        options={optionsOf(['absolute', 'relative'] as const, (mode) =>
          mode === 'absolute' ? t.absolute : t.relative,
        )}
        onChange={(mode) => setState({ errorMode: mode })}
      />
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
