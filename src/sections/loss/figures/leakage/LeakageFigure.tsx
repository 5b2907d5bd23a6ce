/**
 * Figure `loss.leakage`: a k-nearest-neighbour classifier on seeded toy
 * data (`loss_knn` in the worker). Training and test accuracy for k from 50
 * down to 1 (capacity grows to the right), the reader's k marked; a toggle
 * leaks the test points into the training set and the test curve jumps.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { Toggle } from '../../../../widgets/Toggle';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LinePlot } from '../../../../widgets/charts/LinePlot';
import { lossText } from '../../../../i18n/loss';
import { KNN_MAX_K, leakageWidget } from '../../state';
import { useOverlayFont } from '../shared/useOverlayFont';
import { presentPlotBox } from '../shared/presentPlotBox';

const t = lossText.leakage;
const W = 520;
const H = 260;
const PAD = { left: 64, right: 16, top: 14, bottom: 46 };
/** The slider runs right towards small k: its value is KNN_MAX_K + 1 - k. */
const toSlider = (k: number) => KNN_MAX_K + 1 - k;

/** The leakage and overfitting figure. */
export function LeakageFigure() {
  const [state, setState] = useWidgetState(leakageWidget);
  const args = useMemo(() => ({ k: state.k, leak: state.leak }), [state.k, state.leak]);
  const res = useMetric('loss_knn', args);
  const { ref, font, presenting } = useOverlayFont(W);
  const box = presentPlotBox(H, PAD, font, presenting, { yTickChars: 4, right: 0.4 });
  const r = res.value;
  const shared = { pending: res.pending, error: res.error, format: 'fraction' as const, digits: 3 };
  const curve = (c: readonly number[] | undefined) => (c ?? []).map((v, i) => [i + 1, v] as const);
  return (
    <Figure id={leakageWidget.id} title={leakageWidget.title} caption={t.caption}>
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div ref={ref} className="min-w-0">
          <LinePlot
            width={W}
            height={box.height}
            pad={box.pad}
            xDomain={[KNN_MAX_K, 1]}
            yDomain={[0.5, 1]}
            xTicks={[50, 40, 30, 20, 10, 1]}
            yTicks={[0.5, 0.75, 1]}
            xLabel={t.x}
            yLabel={t.y}
            label={t.plot(
              state.k,
              r?.train_accuracy.toFixed(3) ?? '–',
              r?.test_accuracy.toFixed(3) ?? '–',
              state.leak,
            )}
            className="min-w-0"
            series={[
              {
                id: 'train',
                points: curve(r?.train_curve),
                className: 'stroke-sky-700 dark:stroke-sky-300',
                strokeWidth: 3,
              },
              {
                id: 'test',
                points: curve(r?.test_curve),
                className: 'stroke-amber-700 dark:stroke-amber-300',
                strokeWidth: 3,
                dashed: true,
              },
            ]}
          >
            {({ x, y }) =>
              r ? (
                <g fontSize={font} className="fill-current">
                  <line
                    x1={x(state.k)}
                    x2={x(state.k)}
                    y1={y(0.5)}
                    y2={y(1)}
                    strokeWidth={1.5}
                    className="stroke-slate-500"
                  />
                  <circle cx={x(state.k)} cy={y(r.train_accuracy)} r={6} className="ba-plot-point" />
                  <circle cx={x(state.k)} cy={y(r.test_accuracy)} r={6} className="ba-plot-point" />
                  <text x={x(KNN_MAX_K) + 6} y={y(0.52) - font * 1.2}>
                    {t.trainLine}
                  </text>
                  <text x={x(KNN_MAX_K) + 6} y={y(0.52)}>
                    {t.testLine}
                  </text>
                </g>
              ) : null
            }
          </LinePlot>
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <Slider
            label={t.k}
            min={1}
            max={KNN_MAX_K}
            value={toSlider(state.k)}
            onChange={(v) => setState({ k: toSlider(v) })}
            format={(v) => t.kValue(toSlider(v))}
          />
          <Toggle label={t.leak} checked={state.leak} onChange={(leak) => setState({ leak })} />
          <div className="grid grid-cols-2 gap-3">
            <MetricReadout
              metric="classification.accuracy"
              subject="train"
              label={t.train}
              value={r?.train_accuracy}
              {...shared}
            />
            <MetricReadout
              metric="classification.accuracy"
              subject="test"
              label={t.test}
              value={r?.test_accuracy}
              headline
              {...shared}
            />
          </div>
          {state.leak && <p className="m-0 text-base">{t.note}</p>}
        </div>
      </div>
    </Figure>
  );
}
