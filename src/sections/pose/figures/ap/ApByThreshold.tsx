/**
 * AP at each of COCO's ten OKS thresholds, as bars and as readouts
 * (`coco_eval.per_threshold_ap` with data-threshold "0.50" ... "0.95").
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { formatForPeople } from '../../../../widgets/format';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { KeypointEvalResult } from '../../results';
import { COMPACT_TABLE } from '../shared/compact';

const t = poseText.ap;
/** COCO's OKS thresholds as people read them. */
const LABELS = ['0.50', '0.55', '0.60', '0.65', '0.70', '0.75', '0.80', '0.85', '0.90', '0.95'];
const W = 300;
const H = 120;

/** Bars and readouts of AP per threshold. */
export function ApByThreshold({ result }: { result: MetricState<KeypointEvalResult> }) {
  const ap = result.value?.perThresholdAp ?? [];
  const bw = W / LABELS.length;
  const summary = LABELS.map(
    (l, i) => `${l}: ${ap[i] == null ? '…' : formatForPeople(ap[i], 'fraction', 2)}`,
  ).join(', ');
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h4 className="m-0 text-base font-semibold">{t.perThresholdHeading}</h4>
      <svg
        viewBox={`0 0 ${W} ${H + 18}`}
        className="h-auto w-full max-w-md"
        role="img"
        aria-label={t.chartLabel(summary)}
      >
        <line x1={0} x2={W} y1={H} y2={H} className="stroke-border" />
        {LABELS.map((l, i) => {
          const v = ap[i] ?? 0;
          return (
            <g key={l}>
              <rect
                x={i * bw + 3}
                y={H - v * H}
                width={bw - 6}
                height={v * H}
                className={i === 0 || i === 5 ? 'fill-accent' : 'fill-accent/50'}
              />
              <text x={i * bw + bw / 2} y={H + 13} textAnchor="middle" className="fill-muted text-[11px]">
                {l.slice(1)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-5">
        {LABELS.map((l, i) => (
          <div key={l} className={`flex flex-col text-sm ${COMPACT_TABLE}`}>
            <MetricReadout
              metric="coco_eval.per_threshold_ap"
              data={{ threshold: l }}
              value={result.value ? (ap[i] ?? null) : undefined}
              pending={result.pending}
              error={result.error}
              label={t.perThresholdLabel(l)}
              format="fraction"
              digits={3}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
