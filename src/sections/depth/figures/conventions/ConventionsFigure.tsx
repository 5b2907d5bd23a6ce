/**
 * Figure `depth.conventions`: one monocular prediction (exact up to a global
 * scale) scored under different conventions: the depth cap (KITTI 80 m, NYU
 * 10 m, none), median scaling, and - clearly apart - a naive readout that
 * fills the sky with a made-up ground truth and counts every pixel.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { Toggle } from '../../../../widgets/Toggle';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { depthText } from '../../../../i18n/depth';
import { SCALE_RANGE, conventionsWidget } from '../../state';
import { CAP_IDS, FILL_IDS, conventionArgs } from '../shared/sceneArgs';
import { DepthCanvas } from '../shared/DepthCanvas';
import { ColorLegend } from '../shared/ColorLegend';
import { DEPTH_LUT, DEPTH_MAX } from '../shared/DepthMaps';
import '../../depth.css';

const t = depthText.conventions;
const fmtDepth = (v: number) => `${Math.round(v)} m`;

/** The conventions figure. */
export function ConventionsFigure() {
  const [state, setState, reset] = useWidgetState(conventionsWidget);
  const { cap, fill, medianScaling, scale } = state;
  const args = useMemo(
    () => conventionArgs({ cap, fill, medianScaling, scale }),
    [cap, fill, medianScaling, scale],
  );
  const r = useMetric('depth_scene', args);
  const res = r.value;
  const common = { pending: r.pending, error: r.error, undefinedReason: depthText.noValid };
  const m = res?.metrics;
  const fillShown = cap === 'none' ? 'zero' : fill;
  return (
    <Figure id={conventionsWidget.id} title={conventionsWidget.title} caption={t.caption} onReset={reset}>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <Slider
          label={t.scale}
          range={SCALE_RANGE}
          value={scale}
          onChange={(v) => setState({ scale: v })}
          format={(v) => `× ${v.toFixed(2)}`}
        />
        <RadioGroup
          legend={t.cap}
          layout="column"
          value={cap}
          options={optionsOf(CAP_IDS, (c) => t.caps[c])}
          onChange={(c) => setState({ cap: c })}
        />
        <div>
          <Toggle
            className="font-semibold"
            label={t.medianScaling}
            checked={medianScaling}
            onChange={(on) => setState({ medianScaling: on })}
          />
          {medianScaling && m?.scale != null ? (
            <p className="m-0 mt-1 text-sm">{t.scaleApplied(m.scale.toFixed(3))}</p>
          ) : null}
        </div>
        <RadioGroup
          legend={t.fill}
          layout="column"
          value={fill}
          options={optionsOf(
            FILL_IDS,
            (f) => t.fills[f],
            (f) => f === 'cap' && cap === 'none',
          )}
          onChange={(f) => setState({ fill: f })}
        >
          {cap === 'none' ? <p className="m-0 mt-1 text-sm">{t.fillNoCap}</p> : null}
        </RadioGroup>
      </div>
      <div className="depth-conv-main mt-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex min-w-0 flex-col gap-2">
          <DepthCanvas
            kind="counted"
            values={res?.maps?.gt ?? null}
            width={res?.width ?? 160}
            height={res?.height ?? 120}
            alt={t.countedAlt}
            colors={{ lo: 0, hi: DEPTH_MAX, lut: DEPTH_LUT, reverse: true, mask: res?.maps?.counted }}
          />
          <ColorLegend
            lut={DEPTH_LUT}
            lo={0}
            hi={DEPTH_MAX}
            reverse
            title={depthText.map.legendDepth}
            format={fmtDepth}
            noValue={t.notCounted}
          />
        </div>
        <div className="flex flex-col gap-4">
          <section
            aria-label={t.mainHeading}
            className="rounded border border-slate-300 p-3 dark:border-slate-600"
          >
            <h4 className="m-0 mb-2 text-base font-semibold">{t.mainHeading}</h4>
            <ReadoutGrid
              className="grid grid-cols-1 gap-2 sm:grid-cols-3"
              shared={common}
              readouts={[
                { metric: 'depth.rmse', value: m?.rmse, label: t.rmse, format: 'm', digits: 3 },
                {
                  metric: 'depth.abs_rel',
                  value: m?.abs_rel,
                  label: t.absRel,
                  format: 'fraction',
                  digits: 3,
                },
                { metric: 'depth.a1', value: m?.a1, label: t.a1, format: 'fraction', digits: 4 },
              ]}
            />
            {res ? (
              <p className="m-0 mt-2 text-sm">{t.counted(res.metrics.valid, res.width * res.height)}</p>
            ) : null}
          </section>
          <section
            aria-label={t.naiveHeading}
            className="rounded border-2 border-dashed border-rose-600 p-3 dark:border-rose-400"
          >
            <h4 className="m-0 mb-2 text-base font-semibold text-rose-800 dark:text-rose-200">
              {t.naiveHeading}
            </h4>
            <ReadoutGrid
              className="grid grid-cols-1 gap-2 sm:grid-cols-2"
              shared={common}
              readouts={[
                {
                  metric: 'depth_scene.naive.rmse',
                  value: res?.naive.rmse,
                  label: t.naiveRmse,
                  format: 'm',
                  digits: 3,
                },
                {
                  metric: 'depth_scene.naive.a1',
                  value: res?.naive.a1,
                  label: t.naiveA1,
                  format: 'fraction',
                  digits: 4,
                },
              ]}
            />
            {res ? (
              <p className="m-0 mt-2 text-sm">
                {t.naiveNote(res.sky_prediction, t.fills[fillShown] ?? fillShown)}
              </p>
            ) : null}
          </section>
        </div>
      </div>
    </Figure>
  );
}
