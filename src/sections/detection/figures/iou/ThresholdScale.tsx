/**
 * A horizontal IoU scale from 0 to 1 with the marked thresholds and the
 * current IoU, followed by the verdict at each threshold.
 */
import { detectionText } from '../../../../i18n/detection';
import { verdicts } from './iouAreas';

const W = 320;
const X0 = 12;
const X1 = W - 12;
const at = (v: number) => X0 + v * (X1 - X0);

/** The scale and the TP/FP verdicts for an IoU (undefined before the first result). */
export function ThresholdScale({ iou }: { iou: number | null | undefined }) {
  const t = detectionText.iou;
  const list = verdicts(iou);
  return (
    <div>
      <svg viewBox={`0 0 ${W} 46`} className="h-auto w-full max-w-sm" role="img" aria-label={t.thresholds}>
        <rect
          x={X0}
          y={14}
          width={X1 - X0}
          height={8}
          rx={4}
          className="fill-slate-300 dark:fill-slate-600"
        />
        {typeof iou === 'number' && (
          <rect
            x={X0}
            y={14}
            width={at(iou) - X0}
            height={8}
            rx={4}
            className="fill-emerald-600 dark:fill-emerald-400"
          />
        )}
        {list.map((v) => (
          <g key={v.threshold}>
            <line
              x1={at(v.threshold)}
              x2={at(v.threshold)}
              y1={8}
              y2={28}
              strokeWidth={2}
              className="stroke-current"
            />
            <text x={at(v.threshold)} y={42} textAnchor="middle" fontSize={12} className="fill-current">
              {v.threshold.toFixed(2)}
            </text>
          </g>
        ))}
        <text x={X0} y={42} textAnchor="middle" fontSize={12} className="fill-current">
          0
        </text>
        <text x={X1} y={42} textAnchor="middle" fontSize={12} className="fill-current">
          1
        </text>
      </svg>
      <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
        {list.map((v) => (
          <li
            key={v.threshold}
            data-threshold={v.threshold}
            data-verdict={v.tp === null ? 'none' : v.tp ? 'tp' : 'fp'}
            className={`rounded-md border px-2 py-1 text-sm font-semibold ${
              v.tp === null
                ? 'border-slate-400'
                : v.tp
                  ? 'border-emerald-600 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300'
                  : 'border-rose-600 text-rose-800 dark:border-rose-400 dark:text-rose-300'
            }`}
          >
            {v.tp === null ? t.verdictPending(v.threshold) : t.verdictAt(v.threshold, v.tp)}
          </li>
        ))}
      </ul>
    </div>
  );
}
