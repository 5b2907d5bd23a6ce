/**
 * Figure `detection.scale`: the same horizontal shift applied to a 12x12
 * and a 120x120 box, with the IoU of each from the worker (`box_iou`,
 * data-subject small / large).
 */
import { useMemo } from 'react';
import type { BoxXywh } from '../../../../lib/geometry';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { Slider } from '../../../../widgets/Slider';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { MAX_SHIFT, SCALE_FRAMES, scalePair, type ScaleSubject } from './scaleBoxes';
import { scaleWidget } from '../../state';

const t = detectionText.scale;

function Frame({ subject, shift, label }: { subject: ScaleSubject; shift: number; label: string }) {
  const { size } = SCALE_FRAMES[subject];
  const { gt, pred } = scalePair(subject, shift);
  const rect = (b: BoxXywh, className: string) => (
    <rect x={b[0]} y={b[1]} width={b[2]} height={b[3]} className={className} />
  );
  return (
    <svg viewBox={`0 0 ${size} ${size}`} className="h-auto w-full max-w-72" role="img" aria-label={label}>
      <rect width={size} height={size} className="fill-slate-100 dark:fill-slate-800" />
      {subject === 'small' &&
        Array.from({ length: size + 1 }, (_, i) => (
          <g key={i} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={0.05}>
            <line x1={i} x2={i} y1={0} y2={size} />
            <line x1={0} x2={size} y1={i} y2={i} />
          </g>
        ))}
      {rect(gt, BOX_STYLES.union)}
      {rect(gt, BOX_STYLES.gtHalo)}
      {rect(gt, BOX_STYLES.gt)}
      {rect(pred, BOX_STYLES.pred)}
    </svg>
  );
}

/** The scale figure. */
export function ScaleFigure() {
  const [state, setState, reset] = useWidgetState(scaleWidget);
  const small = useMemo(() => {
    const p = scalePair('small', state.shift);
    return { a: p.gt, b: p.pred };
  }, [state.shift]);
  const large = useMemo(() => {
    const p = scalePair('large', state.shift);
    return { a: p.gt, b: p.pred };
  }, [state.shift]);
  const iouSmall = useMetric('box_iou', small);
  const iouLarge = useMetric('box_iou', large);
  return (
    <Figure widget={scaleWidget} caption={t.caption} onReset={reset}>
      <Slider
        label={t.shift}
        min={0}
        max={MAX_SHIFT}
        step={1}
        value={state.shift}
        onChange={(shift) => setState({ shift })}
      />
      <div className="mt-4 grid grid-cols-1 gap-6 sm:grid-cols-2">
        {(
          [
            { subject: 'small', iou: iouSmall, frame: t.smallFrame, label: t.small },
            { subject: 'large', iou: iouLarge, frame: t.largeFrame, label: t.large },
          ] as const
        ).map(({ subject, iou, frame, label }) => (
          <div key={subject} className="flex flex-col gap-2">
            <Frame subject={subject} shift={state.shift} label={frame} />
            <MetricReadout
              metric="box_iou"
              subject={subject}
              value={iou.value}
              error={iou.error}
              pending={iou.pending}
              label={label}
              format="fraction"
            />
          </div>
        ))}
      </div>
    </Figure>
  );
}
