/**
 * Figure `detection.presets`: "loose but right" against "tight but fewer"
 * on the drawn street, evaluated by the worker's `coco_eval`; a table of
 * AP50, AP75, AP@[.50:.95], AP by size and AR for both (readouts
 * `coco_eval.<stat>`, data-subject loose / tight).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { ReadoutTable, RowName } from '../shared/ReadoutTable';
import { StreetWithBoxes } from '../shared/StreetWithBoxes';
import { bboxState, type CocoStats } from '../shared/results';
import {
  PRESETS,
  presetArgs,
  presetDetections,
  type Preset,
} from '../../../../scenes/detection/presetDetectors';
import { MAX_GROWTH, presetsWidget } from '../../state';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';

const t = detectionText.presets;
const STATS = ['ap50', 'ap75', 'ap', 'ap_small', 'ap_medium', 'ap_large', 'ar1', 'ar10', 'ar100'] as const;

/** Which preset a stat ranks first, or null on a tie or before both results. */
function leader(
  loose: CocoStats | undefined,
  tight: CocoStats | undefined,
  key: 'ap' | 'ap50',
): Preset | null {
  const a = loose?.[key];
  const b = tight?.[key];
  if (a === undefined || b === undefined || a === null || b === null || a === b) return null;
  return a > b ? 'loose' : 'tight';
}

/** The VOC-or-COCO figure. */
export function PresetsFigure() {
  const [state, setState, reset] = useWidgetState(presetsWidget);
  const looseArgs = useMemo(() => presetArgs('loose', state.growth), [state.growth]);
  const tightArgs = useMemo(() => presetArgs('tight', state.growth), [state.growth]);
  const loose = bboxState(useMetric('coco_eval', looseArgs));
  const tight = bboxState(useMetric('coco_eval', tightArgs));
  const shown = presetDetections(state.show, state.growth);
  const byAp50 = leader(loose.value, tight.value, 'ap50');
  const byAp = leader(loose.value, tight.value, 'ap');
  const results = { loose, tight };
  return (
    <Figure widget={presetsWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-3">
          <StreetWithBoxes label={t.drawing(t[state.show])}>
            {shown.map((d) => (
              <BoxRect
                key={d.objectId}
                box={d.box}
                className={d.cls === 'car' ? BOX_STYLES.car : BOX_STYLES.person}
              />
            ))}
          </StreetWithBoxes>
          <RadioGroup
            legend={t.show}
            value={state.show}
            options={optionsOf(PRESETS, (p) => t[p])}
            onChange={(show) => setState({ show })}
          />
          <Slider
            label={t.growth}
            min={0}
            max={MAX_GROWTH}
            step={5}
            value={state.growth}
            onChange={(growth) => setState({ growth: Math.round(growth / 5) * 5 })}
          />
        </div>
        <ReadoutTable
          caption={t.tableCaption}
          captionClassName="mb-1 text-left font-semibold"
          columns={[t.stat, ...PRESETS.map((p) => t[p])]}
          footer={
            <p className="mt-2 font-semibold" aria-live="polite">
              {!loose.value || !tight.value
                ? ''
                : byAp50 === null || byAp === null
                  ? t.tie
                  : byAp50 !== byAp
                    ? t.winner(t[byAp50], t[byAp])
                    : t.same(t[byAp])}
            </p>
          }
        >
          {STATS.map((s) => (
            <tr key={s} className="border-t border-border">
              <RowName>{t.stats[s]}</RowName>
              {PRESETS.map((p) => (
                <td key={p} className="px-1">
                  <MetricReadout
                    metric={`coco_eval.${s}`}
                    subject={p}
                    value={results[p].value ? results[p].value[s] : undefined}
                    pending={results[p].pending}
                    error={results[p].error}
                    label={<span className="sr-only">{t.cell(t.stats[s] ?? s, t[p])}</span>}
                    format="fraction"
                    undefinedReason={t.sizeUndefined}
                  />
                </td>
              ))}
            </tr>
          ))}
        </ReadoutTable>
      </div>
    </Figure>
  );
}
