/**
 * Figure `loss.training`: logistic regression trained epoch by epoch in the
 * worker (`loss_training`), with Play / Pause / Step and an epoch slider.
 * The toy points with the moving boundary; training and validation loss per
 * epoch; validation accuracy per epoch; readouts for the shown epoch and the
 * epoch of the lowest validation loss so far.
 */
import { useEffect, useMemo, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LinePlot } from '../../../../widgets/charts/LinePlot';
import { lossText } from '../../../../i18n/loss';
import { TRAINING_EPOCHS, trainingWidget } from '../../state';
import { PointsPlot } from './PointsPlot';
import { useOverlayFont } from '../shared/useOverlayFont';
import { presentPlotBox } from '../shared/presentPlotBox';
import '../../loss.css';

const t = lossText.training;
/** Time between two epochs while playing, ms. */
const PLAY_MS = 180;
const PW = 420;
const PH = 220;
/** Height of the accuracy plot. */
const AH = 160;
const PAD = { left: 64, right: 16, top: 14, bottom: 46 };

/** The training-run figure. */
export function TrainingFigure() {
  const [state, setState, reset] = useWidgetState(trainingWidget);
  const [playing, setPlaying] = useState(false);
  const { ref: plotRef, font, presenting } = useOverlayFont(PW);
  // both plots are drawn in the same column at the same width, so one font size serves both
  const lossBox = presentPlotBox(PH, PAD, font, presenting, { yTickChars: 3, right: 0.7 });
  const accBox = presentPlotBox(AH, PAD, font, presenting, { yTickChars: 3, right: 0.7 });
  const args = useMemo(() => ({ epoch: state.epoch }), [state.epoch]);
  const run = useMetric('loss_training', args);
  const r = run.value;

  useEffect(() => {
    if (!playing) return;
    const id = window.setTimeout(() => {
      const next = Math.min(TRAINING_EPOCHS, state.epoch + 1);
      if (next >= TRAINING_EPOCHS) setPlaying(false);
      setState({ epoch: next });
    }, PLAY_MS);
    return () => window.clearTimeout(id);
  }, [playing, state.epoch, setState]);

  const epochs = r ? r.val_loss.map((_, e) => e) : [];
  const minLoss = r ? Math.min(...r.val_loss) : undefined;
  const minEpoch = r && minLoss !== undefined ? r.val_loss.indexOf(minLoss) : 0;
  const at = r?.epoch ?? 0;
  const yTop = 0.8;
  const shared = { pending: run.pending, error: run.error };
  return (
    <Figure
      id={trainingWidget.id}
      title={trainingWidget.title}
      caption={t.caption}
      onReset={() => {
        setPlaying(false);
        reset();
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="ba-button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && state.epoch >= TRAINING_EPOCHS) setState({ epoch: 0 });
            setPlaying(!playing);
          }}
        >
          {playing ? t.pause : t.play}
        </button>
        <button
          type="button"
          className="ba-button"
          disabled={state.epoch >= TRAINING_EPOCHS}
          onClick={() => {
            setPlaying(false);
            setState({ epoch: Math.min(TRAINING_EPOCHS, state.epoch + 1) });
          }}
        >
          {t.step}
        </button>
        <Slider
          label={t.epochSlider}
          min={0}
          max={TRAINING_EPOCHS}
          value={state.epoch}
          onChange={(v) => {
            setPlaying(false);
            setState({ epoch: v });
          }}
          classes="min-w-48 flex-1"
        />
      </div>
      <div className="mt-3 grid items-start gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="min-w-0">
          {r && (
            <PointsPlot
              train={r.train}
              validation={r.validation}
              weights={r.weights}
              epoch={r.epoch}
              weightNorm={r.weight_norm[r.epoch] ?? 0}
            />
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <MetricReadout
              metric="loss_training.epoch"
              label={t.epoch}
              value={r?.epoch}
              format="count"
              {...shared}
            />
            <MetricReadout
              metric="loss_training.norm"
              label={t.norm}
              value={r?.norm}
              format="number"
              digits={2}
              {...shared}
            />
            <MetricReadout
              metric="cross_entropy.loss"
              subject="train"
              label={t.trainLoss}
              value={r?.train_loss[at]}
              format="number"
              digits={3}
              {...shared}
            />
            <MetricReadout
              metric="cross_entropy.loss"
              subject="validation"
              label={t.valLoss}
              value={r?.val_loss[at]}
              format="number"
              digits={3}
              headline
              {...shared}
            />
            <MetricReadout
              metric="classification.accuracy"
              subject="validation"
              label={t.valAccuracy}
              value={r?.val_accuracy[at]}
              format="fraction"
              digits={3}
              headline
              {...shared}
            />
          </div>
          <p className="m-0 text-base" data-min-epoch={String(minEpoch)}>
            {r && minLoss !== undefined ? t.lowest(minLoss.toFixed(3), minEpoch) : '\u00a0'}
          </p>
          <div ref={plotRef} className="min-w-0">
            <LinePlot
              width={PW}
              height={lossBox.height}
              pad={lossBox.pad}
              xDomain={[0, TRAINING_EPOCHS]}
              yDomain={[0, yTop]}
              xTicks={[0, 20, 40, 60]}
              yTicks={[0, 0.4, 0.8]}
              xLabel={t.x}
              yLabel={t.lossY}
              label={t.lossPlot(at, r?.train_loss[at]?.toFixed(3) ?? '–', r?.val_loss[at]?.toFixed(3) ?? '–')}
              series={[
                {
                  id: 'train',
                  points: epochs.map((e) => [e, Math.min(yTop, r!.train_loss[e]!)] as const),
                  className: 'stroke-sky-700 dark:stroke-sky-300',
                  strokeWidth: 3,
                },
                {
                  id: 'val',
                  points: epochs.map((e) => [e, Math.min(yTop, r!.val_loss[e]!)] as const),
                  className: 'stroke-amber-700 dark:stroke-amber-300',
                  strokeWidth: 3,
                  dashed: true,
                },
              ]}
            >
              {({ x, y }) =>
                r && minLoss !== undefined ? (
                  <g fontSize={font} className="fill-current">
                    <circle cx={x(minEpoch)} cy={y(minLoss)} r={6} className="ba-plot-point" />
                    {/* on a slide the mark's name sits right of it, off the training curve, and the
                        names of the lines stay inside the frame */}
                    <text
                      x={x(minEpoch) + (presenting ? 10 : 0)}
                      y={y(minLoss) + font + (presenting ? 2 : 8)}
                      textAnchor={presenting ? 'start' : 'middle'}
                    >
                      {t.minMark}
                    </text>
                    <text
                      x={x(TRAINING_EPOCHS) - 4}
                      y={presenting ? y(yTop) + font * 1.05 : y(0.78)}
                      textAnchor="end"
                    >
                      {t.trainLine}
                    </text>
                    <text
                      x={x(TRAINING_EPOCHS) - 4}
                      y={presenting ? y(yTop) + font * 2.3 : y(0.75) + font * 1.2}
                      textAnchor="end"
                    >
                      {t.valLine}
                    </text>
                  </g>
                ) : null
              }
            </LinePlot>
          </div>
          <LinePlot
            width={PW}
            height={accBox.height}
            pad={accBox.pad}
            xDomain={[0, TRAINING_EPOCHS]}
            yDomain={[0.4, 1]}
            xTicks={[0, 20, 40, 60]}
            yTicks={[0.4, 0.7, 1]}
            xLabel={t.x}
            yLabel={t.accY}
            label={t.accPlot(at, r?.val_accuracy[at]?.toFixed(3) ?? '–')}
            series={[
              {
                id: 'acc',
                points: epochs.map((e) => [e, r!.val_accuracy[e]!] as const),
                className: 'stroke-amber-700 dark:stroke-amber-300',
                strokeWidth: 3,
                dashed: true,
              },
            ]}
          />
        </div>
      </div>
    </Figure>
  );
}
