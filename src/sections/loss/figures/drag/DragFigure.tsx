/**
 * Figure `loss.drag` (the section's hero): ten labelled examples whose
 * predicted probability of "dog" the reader drags, and a decision threshold.
 * The mean cross-entropy (`cross_entropy.loss`) and the accuracy at the
 * threshold (`classification.accuracy`) come from the worker, as do the
 * per-example losses of the bars; a small plot keeps both numbers over the
 * last moves, and two live formulas show them with the reader's numbers.
 */
import { useMemo, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { useMetricBatch } from '../../../../worker/useMetricBatch';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { lossText } from '../../../../i18n/loss';
import { dragWidget } from '../../state';
import { THRESHOLD_RANGE, accuracyArgs, crossEntropyArgs, perExampleArgs } from './examples';
import { ExampleRows } from './ExampleRows';
import { MovesPlot, MOVES_KEPT, type Move } from './MovesPlot';

const t = lossText.drag;

/** The hero figure. */
export function DragFigure() {
  const [state, setState, reset] = useWidgetState(dragWidget);
  const ceArgs = useMemo(() => crossEntropyArgs(state.p), [state.p]);
  const perArgs = useMemo(() => perExampleArgs(state.p), [state.p]);
  const accArgs = useMemo(() => accuracyArgs(state.p, state.threshold), [state.p, state.threshold]);
  const ce = useMetric('cross_entropy', ceArgs);
  const per = useMetricBatch('cross_entropy', perArgs);
  const cls = useMetric('classification', accArgs);
  const loss = ce.value?.loss;
  const accuracy = cls.value?.accuracy;
  const losses = per.value?.map((r) => r.loss);

  // The history of settled numbers: appended during render when a new pair settles.
  const [moves, setMoves] = useState<{ key: string; list: Move[] }>({ key: '', list: [] });
  if (typeof loss === 'number' && typeof accuracy === 'number' && !ce.pending && !cls.pending) {
    const key = `${loss}|${accuracy}`;
    if (key !== moves.key) {
      setMoves({ key, list: [...moves.list, { loss, accuracy }].slice(-3 * MOVES_KEPT) });
    }
  }

  const right = accArgs.pred.filter((c, i) => c === accArgs.gt[i]).length;
  const lossValues = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [
      `l${i + 1}`,
      { value: losses?.[i], format: 'number' as const, digits: 2 },
    ]),
  );
  return (
    <Figure
      id={dragWidget.id}
      title={dragWidget.title}
      caption={t.caption}
      onReset={() => {
        reset();
        setMoves({ key: '', list: [] });
      }}
      headingLevel={2}
    >
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-3">
          <ExampleRows
            p={state.p}
            threshold={state.threshold}
            losses={losses}
            onChange={(i, q) => setState({ p: state.p.map((old, j) => (j === i ? q : old)) })}
          />
          <Slider
            label={t.threshold}
            range={THRESHOLD_RANGE}
            value={state.threshold}
            onChange={(v) => setState({ threshold: v })}
            digits={2}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <div className="grid grid-cols-2 gap-3">
            <MetricReadout
              metric="cross_entropy.loss"
              label={t.loss}
              value={loss}
              pending={ce.pending}
              error={ce.error}
              format="number"
              digits={3}
              headline
            />
            <MetricReadout
              metric="classification.accuracy"
              label={t.accuracy}
              value={accuracy}
              pending={cls.pending}
              error={cls.error}
              format="fraction"
              digits={1}
              headline
            />
          </div>
          <MovesPlot moves={moves.list} />
        </div>
      </div>
      <div className="mt-4 grid min-w-0 gap-2 max-sm:text-[0.8rem] [&>*]:min-w-0">
        <LiveFormula
          tex="\begin{aligned}\mathrm{CE} &= \tfrac{1}{10}\textstyle\sum_i -\ln p_i(\text{true class}) \\ &= \tfrac{1}{10}(\var{l1}+\var{l2}+\var{l3}+\var{l4}+\var{l5} \\ &\qquad +\var{l6}+\var{l7}+\var{l8}+\var{l9}+\var{l10}) = \var{L}\end{aligned}"
          spoken={t.spokenLoss}
          values={{ ...lossValues, L: { value: loss, format: 'number', digits: 3 } }}
        />
        <LiveFormula
          tex="\mathrm{accuracy} = \frac{\#\{\text{right side of the threshold}\}}{10} = \frac{\var{right}}{10} = \var{acc}"
          spoken={t.spokenAccuracy}
          values={{
            right: { value: right, format: 'count' },
            acc: { value: accuracy, format: 'fraction', digits: 1 },
          }}
        />
      </div>
    </Figure>
  );
}
