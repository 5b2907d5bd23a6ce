/**
 * The hero's drawing: the feature plane with the real samples (hollow
 * circles, dashed ellipses), the generated samples (filled squares, solid
 * ellipses), the real mode centres (+), and the generated mode centres as
 * draggable handles; a dropped mode is drawn as a faint dashed ring.
 */
import { useRef } from 'react';
import type { Moments } from '../../../../scenes/generative/fidScene';
import { GRID, MODES, REAL_CENTRES } from '../shared/constants';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { generativeText } from '../../../../i18n/generative';
import { Ellipses } from '../shared/Ellipses';
import { ModeHandle } from '../shared/ModeHandle';
import { HALF, VIEW_BOX, circlesPath, squaresPath, sx, sy } from '../shared/plane';

const t = generativeText.fid;

/** Props of FeaturePlane. */
export interface FeaturePlaneProps {
  centres: readonly number[];
  kept: number;
  realPoints?: readonly number[];
  generatedPoints?: readonly number[];
  real?: Moments;
  generated?: Moments;
  label: string;
  onMove: (mode: number, x: number, y: number) => void;
}

/** The plane with both samples and the draggable generated modes. */
export function FeaturePlane(props: FeaturePlaneProps) {
  const { centres, kept, realPoints, generatedPoints, real, generated, label, onMove } = props;
  const ref = useRef<SVGSVGElement>(null);
  const floor = usePresentLabelPx();
  const font = labelUnits(useDrawnWidth(ref), 2 * HALF, 6, 1, floor);
  const ticks = [-5, 0, 5];
  const oneLine = `grid ${GRID} · feature 1 →, feature 2 ↑`;
  // on a slide the labels are large: the axis note moves to a band above the plane (two lines if
  // one is too long), so it covers no sample
  const note =
    floor > 0 && oneLine.length * 0.56 * font > 2 * HALF - 4
      ? [`grid ${GRID}`, 'feature 1 →, feature 2 ↑']
      : [oneLine];
  const band = floor > 0 ? Math.ceil(font * (note.length * 1.15 + 0.4)) : 0;
  const noteY = floor > 0 ? -HALF - band + font : -HALF + font;
  return (
    <svg
      ref={ref}
      viewBox={band > 0 ? `${-HALF} ${-HALF - band} ${2 * HALF} ${2 * HALF + band}` : VIEW_BOX}
      role="group"
      aria-label={label}
      className="ba-gen-plane block h-auto w-full border border-slate-300 dark:border-slate-600"
    >
      <g className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={0.5}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={sx(v)} x2={sx(v)} y1={-HALF} y2={HALF} />
            <line x1={-HALF} x2={HALF} y1={sy(v)} y2={sy(v)} />
          </g>
        ))}
      </g>
      <g className="fill-slate-500 dark:fill-slate-400" fontSize={font}>
        {ticks.map((v) => (
          <text key={v} x={sx(v) + 1} y={HALF - 2}>
            {v}
          </text>
        ))}
      </g>
      {realPoints && (
        <path
          d={circlesPath(realPoints, 0.9)}
          className="pointer-events-none fill-none stroke-slate-500 dark:stroke-slate-400"
          strokeWidth={0.35}
        />
      )}
      {generatedPoints && (
        <path
          d={squaresPath(generatedPoints, 0.75)}
          className="pointer-events-none fill-amber-600/70 dark:fill-amber-300/70"
        />
      )}
      {real && <Ellipses moments={real} dashed className="stroke-slate-800 dark:stroke-slate-200" />}
      {generated && (
        <Ellipses moments={generated} dashed={false} className="stroke-amber-800 dark:stroke-amber-300" />
      )}
      <g className="pointer-events-none stroke-slate-900 dark:stroke-slate-100" strokeWidth={1}>
        {Array.from({ length: MODES }, (_, k) => (
          <path
            key={k}
            d={`M${REAL_CENTRES[2 * k]! - 2.5} ${-REAL_CENTRES[2 * k + 1]!}h5M${REAL_CENTRES[2 * k]!} ${-REAL_CENTRES[2 * k + 1]! - 2.5}v5`}
          />
        ))}
      </g>
      {Array.from({ length: MODES }, (_, k) => k)
        .filter((k) => k >= kept)
        .map((k) => (
          <circle
            key={k}
            cx={centres[2 * k]!}
            cy={-centres[2 * k + 1]!}
            r={3.2}
            strokeDasharray="2 1.5"
            strokeWidth={0.8}
            className="pointer-events-none fill-none stroke-slate-400 dark:stroke-slate-500"
          >
            <title>{t.dropped(k + 1)}</title>
          </circle>
        ))}
      {Array.from({ length: kept }, (_, k) => (
        <ModeHandle
          key={k}
          x={centres[2 * k]!}
          y={centres[2 * k + 1]!}
          label={t.mode(k + 1)}
          tag={String(k + 1)}
          font={font}
          onChange={(x, y) => onMove(k, x, y)}
        />
      ))}
      <text x={-HALF + 2} y={noteY} fontSize={font} className="fill-slate-700 dark:fill-slate-300">
        {note.length === 1
          ? note[0]
          : note.map((line, i) => (
              <tspan key={line} x={-HALF + 2} dy={i === 0 ? 0 : font * 1.15}>
                {line}
              </tspan>
            ))}
      </text>
    </svg>
  );
}
