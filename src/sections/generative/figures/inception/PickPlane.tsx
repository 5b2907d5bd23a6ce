/**
 * The Inception Score figure's drawing: the generated samples (filled
 * squares) over the real mode centres (numbered +), the picked sample ringed.
 * A click or tap picks the nearest drawn sample.
 */
import { useRef, type PointerEvent } from 'react';
import { MODES, REAL_CENTRES } from '../shared/constants';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { HALF, VIEW_BOX, squaresPath, sx, sy } from '../shared/plane';

/** Props of PickPlane. */
export interface PickPlaneProps {
  points?: readonly number[];
  pick: number;
  label: string;
  onPick: (index: number) => void;
}

/** Index of the flat point nearest (px, py) in feature units. */
export function nearestPoint(points: readonly number[], px: number, py: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const d = (points[i]! - px) ** 2 + (points[i + 1]! - py) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i / 2;
    }
  }
  return best;
}

/** The plane of generated samples with the picked one ringed. */
export function PickPlane({ points, pick, label, onPick }: PickPlaneProps) {
  const ref = useRef<SVGSVGElement>(null);
  const font = labelUnits(useDrawnWidth(ref), 2 * HALF, 6, 1, usePresentLabelPx());
  const px = points?.[2 * pick];
  const py = points?.[2 * pick + 1];
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const svg = ref.current;
    const m = svg?.getScreenCTM();
    if (!svg || !m || !points) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    onPick(nearestPoint(points, p.x / 10, -p.y / 10));
  };
  return (
    <svg
      ref={ref}
      viewBox={VIEW_BOX}
      role="img"
      aria-label={label}
      onPointerDown={onPointerDown}
      className="block h-auto w-full cursor-crosshair border border-slate-300 dark:border-slate-600"
    >
      {points && <path d={squaresPath(points, 1.1)} className="fill-amber-600/80 dark:fill-amber-300/80" />}
      <g className="stroke-slate-900 dark:stroke-slate-100" strokeWidth={1}>
        {Array.from({ length: MODES }, (_, k) => {
          const x = REAL_CENTRES[2 * k]!;
          const y = -REAL_CENTRES[2 * k + 1]!;
          return (
            <g key={k}>
              <path d={`M${x - 3} ${y}h6M${x} ${y - 3}v6`} />
              <text
                x={x * 1.45}
                y={y * 1.45 + font / 3}
                fontSize={font}
                textAnchor="middle"
                stroke="none"
                className="fill-slate-800 dark:fill-slate-100"
              >
                {k + 1}
              </text>
            </g>
          );
        })}
      </g>
      {px !== undefined && py !== undefined && (
        <circle
          cx={sx(px)}
          cy={sy(py)}
          r={5}
          strokeWidth={1.6}
          className="pointer-events-none fill-none stroke-sky-800 dark:stroke-sky-300"
        />
      )}
    </svg>
  );
}
