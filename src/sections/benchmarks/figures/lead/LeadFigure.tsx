/**
 * Figure `benchmarks.lead`: two models whose true mean mIoU differ by 0.01,
 * scored on a seeded test set of 50 to 5,000 images (scene
 * `benchmarks_lead`); the `bootstrap` metric (1,000 paired resamples,
 * seeded) gives the lead's 95 % interval (`bootstrap.ci_low`,
 * `bootstrap.ci_high`) and the share of resamples in which B comes first
 * (`bootstrap.flip_rate`). The interval is drawn against zero.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { benchmarksText } from '../../../../i18n/benchmarks';
import { LEAD_RANGE, LEAD_TRUE_GAP, MAX_LEAD_SEED, leadWidget } from '../../state';
import { IntervalPlot } from './IntervalPlot';
import '../../benchmarks.css';

const t = benchmarksText.lead;
/** Resamples and seed of the bootstrap (seeded: a link shows the same numbers). */
const BOOTSTRAP = { resamples: 1000, seed: 1, confidence: 0.95 } as const;

/** The 0.01-lead figure. */
export function LeadFigure() {
  const [state, setState, reset] = useWidgetState(leadWidget);
  const sceneArgs = useMemo(() => ({ n: state.n, seed: state.seed }), [state.n, state.seed]);
  const scene = useMetric('benchmarks_lead', sceneArgs);
  const bootArgs = useMemo(
    () => (scene.value ? { a: scene.value.a, b: scene.value.b, ...BOOTSTRAP } : null),
    [scene.value],
  );
  const boot = useMetric('bootstrap', bootArgs);
  const pending = scene.pending || boot.pending;
  const error = scene.error ?? boot.error;
  const v = boot.value;
  const excludesZero = v ? v.ci_low > 0 || v.ci_high < 0 : null;
  return (
    <Figure widget={leadWidget} caption={t.caption} onReset={reset}>
      <div className="flex flex-wrap items-end gap-4">
        <Slider
          label={t.nSlider}
          range={LEAD_RANGE}
          value={state.n}
          onChange={(n) => setState({ n })}
          format={(n) => n.toLocaleString('en')}
          classes="min-w-[14rem] flex-1"
        />
        <button
          type="button"
          className="ba-button"
          onClick={() => setState({ seed: (state.seed % MAX_LEAD_SEED) + 1 })}
        >
          {t.redraw}
        </button>
        <span className="text-sm">{t.seedNote(state.seed)}</span>
      </div>
      <div className="bm-readouts mt-3">
        <MetricReadout
          metric="bootstrap.mean"
          label={t.gap}
          value={v?.mean}
          pending={pending}
          error={error}
          format="number"
          digits={4}
        />
        <MetricReadout
          metric="bootstrap.ci_low"
          label={t.ciLow}
          value={v?.ci_low}
          pending={pending}
          error={error}
          format="number"
          digits={4}
        />
        <MetricReadout
          metric="bootstrap.ci_high"
          label={t.ciHigh}
          value={v?.ci_high}
          pending={pending}
          error={error}
          format="number"
          digits={4}
        />
        <MetricReadout
          metric="bootstrap.flip_rate"
          label={t.flip}
          value={v?.flip_rate}
          pending={pending}
          error={error}
          format="percent"
          digits={1}
          headline
        />
      </div>
      <IntervalPlot mean={v?.mean} low={v?.ci_low} high={v?.ci_high} trueGap={LEAD_TRUE_GAP} />
      <p className="mt-2 font-semibold" aria-live="polite">
        {excludesZero === null ? '' : excludesZero ? t.verdictReal : t.verdictNoise}
      </p>
    </Figure>
  );
}
