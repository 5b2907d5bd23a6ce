/**
 * Figure `image-quality.lpips`: the LPIPS combination step (the registry's
 * `lpips_features`, checked against the reference implementation) on toy
 * features the reader can see and edit. Nothing here is a network.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { useMetric } from '../../../../worker/useMetric';
import { iqText } from '../../../../i18n/imageQuality';
import { FEATURE_RANGE, lpipsWidget } from '../../state';
import { FeatureEditor } from './FeatureEditor';
import { NumberField } from '../../../../widgets/NumberField';
import { LPIPS_PRESETS, featureLayers, type LpipsPresetId } from './lpipsPresets';

const t = iqText.lpips;

/** The LPIPS-on-features figure. */
export function LpipsFigure() {
  const [state, setState] = useWidgetState(lpipsWidget);
  const args = useMemo(
    () => ({ a: featureLayers(state.a), b: featureLayers(state.b), weights: [[...state.w]] }),
    [state.a, state.b, state.w],
  );
  const r = useMetric('lpips_features', args);
  const preset = (Object.keys(LPIPS_PRESETS) as LpipsPresetId[]).find((id) => {
    const p = LPIPS_PRESETS[id];
    return (
      p.a.every((v, i) => v === state.a[i]) &&
      p.b.every((v, i) => v === state.b[i]) &&
      p.w.every((v, i) => v === state.w[i])
    );
  });
  return (
    <Figure widget={lpipsWidget} caption={t.caption}>
      <div className="mb-3 flex flex-wrap items-center gap-2" role="group" aria-label={t.preset}>
        <span className="font-semibold">{t.preset}:</span>
        {(Object.keys(LPIPS_PRESETS) as LpipsPresetId[]).map((id) => (
          <button
            key={id}
            type="button"
            className="ba-button"
            aria-pressed={preset === id}
            onClick={() => {
              const p = LPIPS_PRESETS[id];
              setState({ a: [...p.a], b: [...p.b], w: [...p.w] });
            }}
          >
            {t.presets[id]}
          </button>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <h4 className="mt-0 mb-2 text-base font-semibold">{t.pictureA}</h4>
          <FeatureEditor picture={t.pictureA} values={state.a} onChange={(a) => setState({ a })} />
        </div>
        <div>
          <h4 className="mt-0 mb-2 text-base font-semibold">{t.pictureB}</h4>
          <FeatureEditor picture={t.pictureB} values={state.b} onChange={(b) => setState({ b })} />
        </div>
      </div>
      <h4 className="mt-4 mb-2 text-base font-semibold">{t.weights}</h4>
      <div className="flex flex-wrap gap-3">
        {t.channelNames.map((name, c) => (
          <label key={name} className="flex items-center gap-2">
            <span>{name}</span>
            <NumberField
              className="iq-feature-input"
              rule={FEATURE_RANGE}
              value={state.w[c] ?? 0}
              label={t.weight(name)}
              onCommit={(v) => {
                const w = [...state.w];
                w[c] = v;
                setState({ w });
              }}
            />
          </label>
        ))}
      </div>
      <div className="mt-4 max-w-md">
        <MetricReadout
          metric="lpips_features"
          value={r.value}
          pending={r.pending}
          error={r.error}
          label={t.result}
          format="number"
          digits={4}
        />
      </div>
      <p className="mt-2 mb-0 text-sm text-muted">{t.note}</p>
    </Figure>
  );
}
