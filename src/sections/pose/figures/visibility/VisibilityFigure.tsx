/**
 * Figure `pose.visibility`: unlabelled joints (v = 0) leave OKS. One person
 * whose left hand is hidden by a crate; the reader ticks which joints the
 * ground truth labels and drags the prediction. OKS with those labels and
 * with every joint labelled, from the worker (`pose_oks_terms`).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { Toggle } from '../../../../widgets/Toggle';
import { poseText } from '../../../../i18n/pose';
import { visibilityWidget } from '../../state';
import { CRATE, VIS_IMAGE, VIS_PERSON } from '../../../../scenes/pose/visibilityScene';
import { replacePoint } from '../../../../scenes/pose/geometry';
import { JOINTS, jointWords } from '../../../../scenes/pose/skeleton';
import { oksArgs } from '../../../../scenes/pose/args';
import { Silhouette, Skeleton } from '../shared/Skeleton';
import { DraggablePoint } from '../../../../widgets/DraggablePoint';
import { Legend, LegendItem } from '../shared/Legend';
import { POSE_STYLES } from '../shared/styles';

const t = poseText.visibility;

/** The visibility figure. */
export function VisibilityFigure() {
  const [state, setState, reset] = useWidgetState(visibilityWidget);
  const asArgs = useMemo(() => oksArgs(VIS_PERSON, state.pred, state.labelled), [state.pred, state.labelled]);
  const allArgs = useMemo(() => oksArgs(VIS_PERSON, state.pred), [state.pred]);
  const as = useMetric('pose_oks_terms', asArgs);
  const all = useMetric('pose_oks_terms', allArgs);
  const none = state.labelled.every((l) => !l);
  const [cx, cy, cw, ch] = CRATE;
  return (
    <Figure widget={visibilityWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 items-start gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <div className="flex flex-col gap-2">
          <svg
            viewBox={`0 0 ${VIS_IMAGE.width} ${VIS_IMAGE.height}`}
            className="h-auto w-full max-w-md touch-none select-none rounded border border-border"
            role="group"
            aria-label={t.sceneLabel}
          >
            <g aria-hidden="true">
              <rect width={VIS_IMAGE.width} height={VIS_IMAGE.height} className={POSE_STYLES.backdropSky} />
              <Silhouette points={VIS_PERSON.silhouette} />
              <rect
                x={cx}
                y={cy}
                width={cw}
                height={ch}
                rx={3}
                className="fill-amber-700 stroke-amber-950 stroke-[1.5]"
              />
              <text
                x={cx + cw / 2}
                y={cy + ch / 2 + 4}
                textAnchor="middle"
                className="fill-white text-[16px] font-semibold"
              >
                {t.crate}
              </text>
            </g>
            <Skeleton points={VIS_PERSON.gt} kind="gt" dot={3} counted={state.labelled} />
            <Skeleton points={state.pred} kind="pred" dot={3} counted={state.labelled} />
            {state.pred.map((p, i) => (
              <DraggablePoint
                key={i}
                point={p}
                region={VIS_PERSON.region}
                label={t.jointLabel(jointWords(JOINTS[i]!))}
                onChange={(q) => setState((s) => ({ pred: replacePoint(s.pred, i, q) }))}
                dot={0}
                hit={7}
                dotClass={state.labelled[i] ? POSE_STYLES.predJoint : POSE_STYLES.predIgnored}
              />
            ))}
          </svg>
          <Legend
            extra={
              <LegendItem swatch="h-3 w-3 rotate-45 border-2 border-dashed border-muted bg-bg">
                {t.ignoredLegend}
              </LegendItem>
            }
          />
        </div>
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap gap-2">
            {(
              [
                { subject: 'as-labelled', r: as, label: t.asLabelled },
                { subject: 'all-labelled', r: all, label: t.allLabelled },
              ] as const
            ).map(({ subject, r, label }) => (
              <MetricReadout
                key={subject}
                metric="oks"
                subject={subject}
                value={r.value?.oks}
                pending={r.pending}
                error={r.error}
                label={label}
                format="fraction"
                digits={3}
              />
            ))}
          </div>
          <LiveFormula
            tex="\mathrm{OKS} = \frac{1}{\var{n}} \sum_{i:\,v_i > 0} \mathrm{ks}_i = \var{oks}"
            spoken="OKS is the mean of the terms of the {n} labelled joints: {oks}"
            values={{
              n: { value: as.value?.counted, format: 'count' },
              oks: { value: as.value?.oks, format: 'fraction', digits: 3 },
            }}
          />
          <p className="m-0 text-sm" data-counted={as.value?.counted}>
            {as.value ? t.counted(as.value.counted) : '…'}
          </p>
          {none && <p className="m-0 text-sm text-warn">{t.noneLabelled}</p>}
          <fieldset className="m-0 border-0 p-0">
            <legend className="mb-1 font-semibold">{t.labelled}</legend>
            <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
              {JOINTS.map((joint, i) => (
                <Toggle
                  key={joint}
                  className="text-sm"
                  checked={state.labelled[i] ?? true}
                  onChange={(on) =>
                    setState((s) => ({ labelled: s.labelled.map((l, j) => (j === i ? on : l)) }))
                  }
                  label={
                    <>
                      {jointWords(joint)}
                      <span className="sr-only">{t.labelledSuffix}</span>
                    </>
                  }
                />
              ))}
            </div>
          </fieldset>
        </div>
      </div>
    </Figure>
  );
}
