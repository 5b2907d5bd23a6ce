/**
 * Figure `generative.inception`: Inception Score of generated samples under a
 * transparent classifier (softmax over -||x - c_k||^2 / T to the 8 real mode
 * centres, T = 2). Shows p(y|x) of a picked sample and the marginal p(y), with
 * the FID trace term of the same samples beside the score: shrinking every
 * mode to a point raises the trace term and does not lower the score; only
 * dropping modes lowers IS towards 1.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { generativeText } from '../../../../i18n/generative';
import { IS_SHOWN, MAX_SPREAD, MODES } from '../shared/constants';
import { inceptionWidget } from '../../state';
import { StandIn } from '../shared/StandIn';
import { PickPlane } from './PickPlane';
import { ProbBars } from './ProbBars';
import '../../generative.css';

const t = generativeText.inception;

/** The Inception Score figure. */
export function InceptionFigure() {
  const [state, setState] = useWidgetState(inceptionWidget);
  const args = useMemo(
    () => ({ kept: state.kept, spread: state.spread, pick: state.pick }),
    [state.kept, state.spread, state.pick],
  );
  const r = useMetric('generative_inception', args);
  const v = r.value;
  return (
    <Figure widget={inceptionWidget} caption={t.caption}>
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="ba-gen-is__plane flex min-w-0 flex-col gap-2">
          <StandIn />
          <PickPlane
            points={v?.points}
            pick={state.pick}
            label={t.plane(state.kept, state.spread.toFixed(1), state.pick + 1)}
            onPick={(pick) => setState({ pick })}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            <MetricReadout
              metric="inception_score.mean"
              label={t.is}
              value={v?.mean}
              pending={r.pending}
              error={r.error}
              format="number"
              digits={2}
              headline
            />
            <MetricReadout
              metric="fid.trace_term"
              label={t.trace}
              value={v?.trace_term}
              pending={r.pending}
              error={r.error}
              format="number"
              digits={3}
              headline
            />
            <MetricReadout
              metric="generative_inception.picked_max"
              label={t.pickedMax}
              value={v?.picked_max}
              pending={r.pending}
              error={r.error}
              format="fraction"
              digits={2}
            />
          </div>
          <div className="ba-gen-is__bars grid gap-2">
            <ProbBars title={t.conditional} values={v?.picked} barClass="fill-sky-700 dark:fill-sky-300" />
            <ProbBars title={t.marginal} values={v?.marginal} barClass="fill-slate-500 dark:fill-slate-400" />
          </div>
          <div className="ba-gen-is__sliders flex flex-col gap-3">
            <Slider
              classes="ba-gen-is__kept"
              label={t.kept}
              min={1}
              max={MODES}
              value={state.kept}
              onChange={(kept) => setState({ kept })}
            />
            <Slider
              classes="ba-gen-is__spread"
              label={t.spread}
              min={0}
              max={MAX_SPREAD}
              step={0.1}
              value={state.spread}
              digits={1}
              onChange={(spread) => setState({ spread })}
            />
            <Slider
              classes="ba-gen-is__pick"
              label={t.pick}
              min={1}
              max={IS_SHOWN}
              value={state.pick + 1}
              onChange={(p) => setState({ pick: p - 1 })}
            />
          </div>
        </div>
      </div>
      <div className="ba-gen-is__formula mt-4 grid min-w-0 gap-2 max-sm:text-[0.8rem] [&>*]:min-w-0">
        <LiveFormula
          tex="\mathrm{IS} = \exp\Big(\mathbb{E}_x\, \mathrm{KL}\big(p(y\mid x)\,\Vert\, p(y)\big)\Big) = \var{is},\quad p(y=k\mid x) = \frac{e^{-\lVert x-c_k\rVert^2/T}}{\sum_j e^{-\lVert x-c_j\rVert^2/T}},\ T = 2"
          spoken={t.spoken}
          values={{ is: { value: v?.mean, format: 'number', digits: 2 } }}
        />
      </div>
    </Figure>
  );
}
