/**
 * Figure `text-to-image.generators`: four made-up generators scored on FID
 * (`fid_features`, toy 2-D features) and CLIPScore (`clip_score`,
 * bag-of-concepts embedding), one readout per generator (`data-model`).
 * The reader ranks them with Move up / Move down buttons; each metric's
 * agreement with that ranking and its own first choice are stated, and a
 * scatter shows that only one generator is good on both axes.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { textToImageText } from '../../../../i18n/textToImage';
import { generatorsWidget } from '../../state';
import { GENERATOR_IDS, bestBy, moveIn, pairsAgreeing, type GeneratorKey } from './ranking';
import { GeneratorsPlot } from './GeneratorsPlot';
import '../../textToImage.css';

const t = textToImageText.generators;

/** The generators figure. */
export function GeneratorsFigure() {
  const [state, setState] = useWidgetState(generatorsWidget);
  const args = useMemo(() => ({}), []);
  const r = useMetric('t2i_generators', args);
  const byId = new Map(r.value?.models.map((m) => [m.id as GeneratorKey, m]) ?? []);
  const fid = (id: GeneratorKey) => byId.get(id)?.fid ?? Number.NaN;
  const clip = (id: GeneratorKey) => byId.get(id)?.clip ?? Number.NaN;
  const ready = byId.size === GENERATOR_IDS.length;
  const order = state.order as GeneratorKey[];
  const name = (id: GeneratorKey | undefined) => (id ? t.names[id]! : '');

  return (
    <Figure id={generatorsWidget.id} title={generatorsWidget.title} caption={t.caption} headingLevel={2}>
      <p className="mt-0 rounded border border-border bg-surface p-2 text-sm" data-part="stand-in">
        {t.standIn}
      </p>
      <div data-part="ranking">
        <h3 className="mt-0 mb-1 text-md">{t.yourRanking}</h3>
        <p className="mt-0 mb-2 text-muted">{t.better}</p>
        <ol className="m-0 flex list-none flex-col gap-2 p-0" aria-label={t.yourRanking}>
          {order.map((id, i) => (
            <li
              key={id}
              data-model={id}
              className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-2 rounded border border-border p-2 md:grid-cols-[auto_minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
            >
              <span className="text-lg font-semibold" aria-hidden="true">
                {i + 1}.
              </span>
              <div className="min-w-0">
                <p className="m-0 font-semibold">{name(id)}</p>
                <p className="m-0 text-sm text-muted" data-part="desc">
                  {t.descriptions[id]}
                </p>
              </div>
              <div className="col-span-2 grid grid-cols-2 gap-2 md:col-span-2">
                <MetricReadout
                  metric="fid_features"
                  data={{ model: id }}
                  label={t.fid}
                  value={byId.get(id)?.fid}
                  pending={r.pending}
                  error={r.error}
                  format="number"
                  digits={2}
                />
                <MetricReadout
                  metric="clip_score"
                  data={{ model: id }}
                  label={t.clip}
                  value={byId.get(id)?.clip}
                  pending={r.pending}
                  error={r.error}
                  format="number"
                  digits={2}
                />
              </div>
              <div className="col-span-2 flex gap-2 md:col-span-1">
                <button
                  type="button"
                  className="ba-button"
                  aria-label={t.up(name(id))}
                  disabled={i === 0}
                  onClick={() => setState({ order: moveIn(order, id, -1) })}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  className="ba-button"
                  aria-label={t.down(name(id))}
                  disabled={i === order.length - 1}
                  onClick={() => setState({ order: moveIn(order, id, 1) })}
                >
                  ↓ Down
                </button>
              </div>
            </li>
          ))}
        </ol>
      </div>
      {ready ? (
        <div
          className="mt-4 grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"
          data-part="verdict"
        >
          <div className="flex min-w-0 flex-col gap-2">
            <p className="m-0" data-agreement="fid" role="status">
              {t.agree('FID', pairsAgreeing(order, fid, true), name(bestBy(GENERATOR_IDS, fid, true)))}
            </p>
            <p className="m-0" data-agreement="clip" role="status">
              {t.agree(
                'CLIPScore',
                pairsAgreeing(order, clip, false),
                name(bestBy(GENERATOR_IDS, clip, false)),
              )}
            </p>
          </div>
          <GeneratorsPlot fid={fid} clip={clip} name={name} />
        </div>
      ) : null}
    </Figure>
  );
}
