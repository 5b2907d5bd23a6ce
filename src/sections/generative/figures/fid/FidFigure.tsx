/**
 * Figure `generative.fid` (the section's hero): real samples from 8 Gaussians
 * on a ring and a generated sample the reader shapes (drag the modes, keep
 * fewer, change their spread, the sample count and the seed). FID, its mean
 * term and its trace term come from the worker (`generative_fid`, which uses
 * the metrics package's `fid_features` code); the covariance ellipses of both
 * sets are drawn. Opens with 3 of 8 modes kept: every generated point looks
 * real, five kinds are missing.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { generativeText } from '../../../../i18n/generative';
import { MAX_SEED, MAX_SPREAD, MODES, SAMPLE_COUNTS } from '../shared/constants';
import { fidWidget } from '../../state';
import { FeaturePlane } from './FeaturePlane';
import { StandIn } from '../shared/StandIn';
import { TermsBar } from './TermsBar';
import '../../generative.css';

const t = generativeText.fid;

/** The hero figure. */
export function FidFigure() {
  const [state, setState] = useWidgetState(fidWidget);
  const args = useMemo(
    () => ({ centres: state.centres, kept: state.kept, spread: state.spread, n: state.n, seed: state.seed }),
    [state.centres, state.kept, state.spread, state.n, state.seed],
  );
  const r = useMetric('generative_fid', args);
  const v = r.value;
  const nIndex = Math.max(0, SAMPLE_COUNTS.indexOf(state.n));
  const fmt = (x: number | undefined, d = 2) => ({ value: x, format: 'number' as const, digits: d });
  return (
    <Figure widget={fidWidget} caption={t.caption} headingLevel={2}>
      <div className="ba-gen-fid__grid grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="ba-gen-fid__plane flex min-w-0 flex-col gap-2">
          <StandIn />
          <FeaturePlane
            centres={state.centres}
            kept={state.kept}
            realPoints={v?.real_points}
            generatedPoints={v?.generated_points}
            real={v?.real}
            generated={v?.generated}
            label={t.plane(state.kept, state.spread.toFixed(1), state.n, v ? v.fid_features.toFixed(3) : '…')}
            onMove={(k, x, y) =>
              setState({
                centres: state.centres.map((c, i) => (i === 2 * k ? x : i === 2 * k + 1 ? y : c)),
              })
            }
          />
          <p className="ba-gen-legend">
            <span>{generativeText.realLegend}</span> · <span>{generativeText.generatedLegend}</span> ·{' '}
            <span>{generativeText.realCentre}</span>
          </p>
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <div className="ba-gen-fid__readouts grid grid-cols-3 gap-2">
            <MetricReadout
              metric="fid_features"
              label={t.total}
              value={v?.fid_features}
              pending={r.pending}
              error={r.error}
              format="number"
              digits={2}
              headline
            />
            <MetricReadout
              metric="fid.mean_term"
              label={t.meanTerm}
              value={v?.mean_term}
              pending={r.pending}
              error={r.error}
              format="number"
              digits={2}
            />
            <MetricReadout
              metric="fid.trace_term"
              label={t.traceTerm}
              value={v?.trace_term}
              pending={r.pending}
              error={r.error}
              format="number"
              digits={3}
            />
          </div>
          <TermsBar meanTerm={v?.mean_term} traceTerm={v?.trace_term} />
          <div className="ba-gen-fid__sliders flex flex-col gap-3">
            <Slider
              classes="ba-gen-fid__kept"
              label={t.kept}
              min={1}
              max={MODES}
              value={state.kept}
              onChange={(kept) => setState({ kept })}
            />
            <Slider
              classes="ba-gen-fid__spread"
              label={t.spread}
              min={0}
              max={MAX_SPREAD}
              step={0.1}
              value={state.spread}
              digits={1}
              onChange={(spread) => setState({ spread })}
            />
            <Slider
              classes="ba-gen-fid__samples"
              label={t.samples}
              min={0}
              max={SAMPLE_COUNTS.length - 1}
              value={nIndex}
              format={(i) => (SAMPLE_COUNTS[i] ?? 0).toLocaleString('en-GB')}
              onChange={(i) => setState({ n: SAMPLE_COUNTS[i] ?? state.n })}
            />
            <Slider
              classes="ba-gen-fid__seed"
              label={t.seed}
              min={1}
              max={MAX_SEED}
              value={state.seed}
              onChange={(seed) => setState({ seed })}
            />
          </div>
        </div>
      </div>
      <div className="ba-gen-fid__formulas mt-4 grid min-w-0 gap-2 max-sm:text-[0.8rem] [&>*]:min-w-0">
        <LiveFormula
          tex="\mathrm{FID} = \underbrace{\lVert \mu_r-\mu_g \rVert^2}_{\var{m}} + \underbrace{\mathrm{Tr}\big(\Sigma_r+\Sigma_g-2(\Sigma_r\Sigma_g)^{1/2}\big)}_{\var{t}} = \var{fid}"
          spoken={t.spoken}
          values={{ m: fmt(v?.mean_term, 3), t: fmt(v?.trace_term, 3), fid: fmt(v?.fid_features, 3) }}
        />
        <LiveFormula
          tex="\mu_r = (\var{rx}, \var{ry}),\ \mu_g = (\var{gx}, \var{gy}),\ \mathrm{Tr}\,\Sigma_r = \var{tr},\ \mathrm{Tr}\,\Sigma_g = \var{tg}"
          spoken={t.spokenMoments}
          values={{
            rx: fmt(v?.real.mean[0]),
            ry: fmt(v?.real.mean[1]),
            gx: fmt(v?.generated.mean[0]),
            gy: fmt(v?.generated.mean[1]),
            tr: fmt(v ? v.real.cov[0] + v.real.cov[2] : undefined),
            tg: fmt(v ? v.generated.cov[0] + v.generated.cov[2] : undefined),
          }}
        />
      </div>
    </Figure>
  );
}
