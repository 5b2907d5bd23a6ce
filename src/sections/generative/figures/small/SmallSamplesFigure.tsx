/**
 * Figure `generative.small-samples`: FID between two samples of the same
 * real distribution at N = 50, 500 and 5,000, ten seeded repeats each
 * (`generative_small_samples` in the worker). The true distance is 0; the
 * estimate is biased upwards and spreads more at small N.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { generativeText } from '../../../../i18n/generative';
import { MAX_SEED, SMALL_SIZES } from '../shared/constants';
import { smallSamplesWidget } from '../../state';
import { StandIn } from '../shared/StandIn';
import { DotPlot } from './DotPlot';

const t = generativeText.small;

/** The small-sample figure. */
export function SmallSamplesFigure() {
  const [state, setState] = useWidgetState(smallSamplesWidget);
  const args = useMemo(() => ({ seed: state.seed }), [state.seed]);
  const r = useMetric('generative_small_samples', args);
  const v = r.value;
  const means = v ? v.mean.map((m, s) => `N ${v.sizes[s]}: ${m.toFixed(3)}`).join(', ') : '…';
  return (
    <Figure widget={smallSamplesWidget} caption={t.caption}>
      <div className="flex min-w-0 flex-col gap-3">
        <StandIn />
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {SMALL_SIZES.map((n, s) => (
            <MetricReadout
              key={n}
              metric="fid_features"
              subject={`n-${n}`}
              label={t.mean(n.toLocaleString('en-GB'))}
              value={v?.mean[s]}
              pending={r.pending}
              error={r.error}
              format="number"
              digits={3}
              headline={s === 0 || s === SMALL_SIZES.length - 1}
            />
          ))}
        </div>
        {v && <DotPlot sizes={v.sizes} fid={v.fid} mean={v.mean} label={t.plot(means)} />}
        <Slider
          label={t.seed}
          min={1}
          max={MAX_SEED}
          value={state.seed}
          onChange={(seed) => setState({ seed })}
          classes="max-w-md"
        />
      </div>
    </Figure>
  );
}
