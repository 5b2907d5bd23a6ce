/**
 * Figure `detection.ties`: two predictions with the same score, one right
 * and one on the lamp post. The reader picks the order of equal scores; the
 * worker's `detection_match` ranks, matches and scores AP (readouts
 * ap_voc07 / ap_voc / ap_coco101, data-subject ties).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { StreetDrawing } from '../shared/StreetDrawing';
import { TIE_OBJECTS, TIE_PREDICTIONS, TIE_RULES, tiesArgs } from './tiesArgs';
import { tiesWidget } from '../../state';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';

const t = detectionText.ties;
const AP_KEYS = ['ap_voc07', 'ap_voc', 'ap_coco101'] as const;

/** The ties figure. */
export function TiesFigure() {
  const [state, setState, reset] = useWidgetState(tiesWidget);
  const args = useMemo(() => tiesArgs(state.rule), [state.rule]);
  const r = useMetric('detection_match', args);
  return (
    <Figure widget={tiesWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 items-start gap-6 md:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]">
        <svg viewBox="200 80 440 320" className="h-auto w-full rounded-md" role="img" aria-label={t.drawing}>
          <StreetDrawing />
          {TIE_OBJECTS.map((o) => (
            <BoxRect key={o.id} box={o.box} className={BOX_STYLES.gt} />
          ))}
          {TIE_PREDICTIONS.map((p, i) => (
            <g key={i}>
              <BoxRect box={p.box} className={BOX_STYLES.person} />
              <text
                x={p.box[0] + p.box[2] + 3}
                y={p.box[1] + 12}
                fontSize={13}
                className="fill-white stroke-black/70 [paint-order:stroke] [stroke-width:3px]"
              >
                {i + 1}
              </text>
            </g>
          ))}
        </svg>
        <div className="flex flex-col gap-4">
          <RadioGroup
            legend={t.rule}
            layout="column"
            value={state.rule}
            options={optionsOf(TIE_RULES, (rule) => t[rule])}
            onChange={(rule) => setState({ rule })}
          />
          <div>
            <p className="m-0 font-semibold">{t.listCaption}</p>
            <ol className="m-0 pl-6" aria-busy={r.pending ? 'true' : undefined}>
              {(r.value?.detections ?? []).map((d) => (
                <li key={d.index} data-prediction={d.index + 1}>
                  {t.row(d.index + 1, d.score, d.tp)}
                </li>
              ))}
            </ol>
          </div>
          <div className="flex flex-col gap-2">
            {AP_KEYS.map((k) => (
              <MetricReadout
                key={k}
                metric={k}
                subject="ties"
                value={r.value ? r.value[k] : undefined}
                pending={r.pending}
                error={r.error}
                label={detectionText.ap.apRows[k]}
                format="fraction"
              />
            ))}
          </div>
        </div>
      </div>
    </Figure>
  );
}
