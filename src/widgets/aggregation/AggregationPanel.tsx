/**
 * The body of a "per image or pooled?" figure (issue 15): a test-set size
 * slider and a redraw button, then, for each metric, both models' score
 * computed per image then averaged (with its bootstrap 95 % interval over
 * images) next to the same metric pooled over every pixel, a verdict line
 * saying who comes first each way, and the share of bootstrap resamples in
 * which the per-image order flips. The section's figure owns the widget
 * state and the scene request; this panel asks the worker for the
 * bootstraps. Readouts: the section's metric id with `data-subject`
 * `per-image` / `pooled` and `data-model` `a` / `b`; `bootstrap.ci_low`,
 * `bootstrap.ci_high` (same subject and model) and `bootstrap.flip_rate`.
 */
import { useMemo } from 'react';
import { aggregationText } from '../../i18n/aggregation';
import { useMetric } from '../../worker/useMetric';
import type { ReadoutFormat } from '../format';
import { MetricReadout } from '../MetricReadout';
import { Slider } from '../Slider';
import { definedScores, leader, pairedScores } from './rank';
import { MAX_TEST_SET_SEED } from './testSetState';

const t = aggregationText.panel;
const MODELS = ['a', 'b'] as const;
/** Resamples and seed of every bootstrap here (seeded: a link shows the same interval). */
const BOOTSTRAP = { resamples: 1000, seed: 1 } as const;

/** One model's scores as the aggregation scenes return them. */
export interface ModelScores {
  per_image_scores: (number | null)[];
  per_image: number | null;
  pooled: number | null;
}

/** One metric of the panel. */
export interface AggregationMetric {
  /** The readout id, e.g. `segmentation.miou`, `depth.abs_rel`, `psnr`. */
  readout: string;
  /** How people name it ("mIoU"). */
  label: string;
  format: ReadoutFormat;
  digits?: number;
  higherIsBetter: boolean;
  /** Both models' scores, undefined before the first result. */
  scores: { a: ModelScores; b: ModelScores } | undefined;
}

/** Props of AggregationPanel. */
export interface AggregationPanelProps {
  /** Figure title (names the redraw button). */
  title: string;
  n: number;
  seed: number;
  range: { min: number; max: number; step: number };
  onChange: (next: { n?: number; seed?: number }) => void;
  metrics: readonly AggregationMetric[];
  pending: boolean;
  error: string | null;
}

function MetricBlock({
  metric,
  pending,
  error,
  showName,
}: {
  metric: AggregationMetric;
  pending: boolean;
  error: string | null;
  /** Name the metric above its cards (when the panel shows several). */
  showName: boolean;
}) {
  const { scores } = metric;
  const argsA = useMemo(
    () => (scores ? { a: definedScores(scores.a.per_image_scores), ...BOOTSTRAP } : null),
    [scores],
  );
  const argsB = useMemo(
    () => (scores ? { a: definedScores(scores.b.per_image_scores), ...BOOTSTRAP } : null),
    [scores],
  );
  const argsPair = useMemo(
    () =>
      scores ? { ...pairedScores(scores.a.per_image_scores, scores.b.per_image_scores), ...BOOTSTRAP } : null,
    [scores],
  );
  const boot = { a: useMetric('bootstrap', argsA), b: useMetric('bootstrap', argsB) };
  const pair = useMetric('bootstrap', argsPair);
  const fmt = { format: metric.format, digits: metric.digits };
  const first = (kind: 'per_image' | 'pooled') => {
    const who = leader(scores?.a[kind], scores?.b[kind], metric.higherIsBetter);
    return who === null ? null : who === 'tie' ? t.tie : t.ahead(who);
  };
  // Under the figure's h3: metric names are h4 when shown, then the model cards one level down.
  const ModelHeading = showName ? 'h5' : 'h4';
  const perImageFirst = first('per_image');
  const pooledFirst = first('pooled');
  return (
    <div className="ba-aggregation__metric">
      {showName ? <h4 className="m-0 mb-2 text-base font-semibold">{metric.label}</h4> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {MODELS.map((m) => (
          <section
            key={m}
            aria-label={`${t.model(m)}, ${metric.label}`}
            className="rounded-lg border border-border p-3"
          >
            <ModelHeading className="m-0 mb-2 text-base font-semibold">{t.model(m)}</ModelHeading>
            <div className="ba-readouts-tight grid grid-cols-2 gap-2">
              <MetricReadout
                metric={metric.readout}
                subject="per-image"
                data={{ model: m }}
                label={t.perImage}
                value={scores?.[m].per_image}
                pending={pending}
                error={error}
                {...fmt}
              />
              <MetricReadout
                metric={metric.readout}
                subject="pooled"
                data={{ model: m }}
                label={t.pooled}
                value={scores?.[m].pooled}
                pending={pending}
                error={error}
                {...fmt}
              />
            </div>
            <div className="ba-readouts-compact mt-2 flex flex-wrap items-baseline gap-x-1 text-sm">
              <span className="text-muted">{t.interval}:</span>
              <MetricReadout
                metric="bootstrap.ci_low"
                subject="per-image"
                data={{ model: m }}
                label={t.ciLow}
                value={boot[m].value?.ci_low}
                pending={pending || boot[m].pending}
                error={error ?? boot[m].error}
                {...fmt}
              />
              <MetricReadout
                metric="bootstrap.ci_high"
                subject="per-image"
                data={{ model: m }}
                label={t.ciHigh}
                value={boot[m].value?.ci_high}
                pending={pending || boot[m].pending}
                error={error ?? boot[m].error}
                {...fmt}
              />
            </div>
          </section>
        ))}
      </div>
      {perImageFirst !== null && pooledFirst !== null ? (
        <p
          className="ba-aggregation__verdict mt-3 mb-2 font-semibold"
          data-flipped={String(perImageFirst !== pooledFirst)}
        >
          {t.verdict(perImageFirst, pooledFirst)}
        </p>
      ) : null}
      <div className="ba-readouts-compact">
        <MetricReadout
          metric="bootstrap.flip_rate"
          subject="per-image"
          label={t.flipRate}
          value={pair.value?.flip_rate}
          pending={pending || pair.pending}
          error={error ?? pair.error}
          format="percent"
          digits={1}
        />
      </div>
    </div>
  );
}

/** Test-set controls and, per metric, per-image and pooled scores of two models with bootstrap intervals. */
export function AggregationPanel(props: AggregationPanelProps) {
  const { title, n, seed, range, onChange, metrics, pending, error } = props;
  return (
    <div className="ba-aggregation">
      <div className="flex flex-wrap items-end gap-4">
        <Slider
          label={t.images}
          range={range}
          value={n}
          onChange={(v) => onChange({ n: v })}
          classes="min-w-56 flex-1"
        />
        <button
          type="button"
          className="ba-button"
          aria-label={t.redrawNamed(title)}
          onClick={() => onChange({ seed: (seed % MAX_TEST_SET_SEED) + 1 })}
        >
          {t.redraw}
        </button>
        <span className="text-sm text-muted">{t.seed(seed)}</span>
      </div>
      <div className={`mt-3 grid gap-6 ${metrics.length > 1 ? 'xl:grid-cols-2' : ''}`}>
        {metrics.map((metric) => (
          <MetricBlock
            key={metric.readout}
            metric={metric}
            pending={pending}
            error={error}
            showName={metrics.length > 1}
          />
        ))}
      </div>
    </div>
  );
}
