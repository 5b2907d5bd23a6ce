/**
 * The four generators as points: FID across (log scale, lower is better,
 * so better is to the left) and CLIPScore up (higher is better). Only one
 * point sits near the top-left corner where both numbers are good; each
 * point carries its name, so position and text say it, not colour.
 */
import { textToImageText } from '../../../../i18n/textToImage';
import { GENERATOR_IDS, type GeneratorKey } from './ranking';

const t = textToImageText.generators;
const W = 400;
const H = 260;
const L = 70;
const R = 20;
const T = 20;
const B = 48;
const FID_MIN = 0.01;
const FID_MAX = 30;
const CLIP_MIN = 1;
const CLIP_MAX = 2.7;

/** Props of GeneratorsPlot. */
export interface GeneratorsPlotProps {
  fid: (id: GeneratorKey) => number;
  clip: (id: GeneratorKey) => number;
  name: (id: GeneratorKey) => string;
}

const px = (f: number) =>
  L +
  ((Math.log10(Math.min(Math.max(f, FID_MIN), FID_MAX)) - Math.log10(FID_MIN)) /
    Math.log10(FID_MAX / FID_MIN)) *
    (W - L - R);
const py = (c: number) =>
  T + (1 - (Math.min(Math.max(c, CLIP_MIN), CLIP_MAX) - CLIP_MIN) / (CLIP_MAX - CLIP_MIN)) * (H - T - B);

/** The scatter. */
export function GeneratorsPlot({ fid, clip, name }: GeneratorsPlotProps) {
  const points = GENERATOR_IDS.map(
    (id) => `${name(id)} FID ${fid(id).toFixed(2)}, CLIPScore ${clip(id).toFixed(2)}`,
  ).join('; ');
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t.plot(points)}
      className="block h-auto w-full max-w-xl"
    >
      <line x1={L} x2={W - R} y1={H - B} y2={H - B} className="t2i-axis" />
      <line x1={L} x2={L} y1={T} y2={H - B} className="t2i-axis" />
      {[0.01, 0.1, 1, 10].map((f) => (
        <text key={f} x={px(f)} y={H - B + 18} textAnchor="middle" className="t2i-plot-text">
          {f}
        </text>
      ))}
      {[1, 1.5, 2, 2.5].map((c) => (
        <text key={c} x={L - 8} y={py(c) + 5} textAnchor="end" className="t2i-plot-text">
          {c}
        </text>
      ))}
      <text x={(L + W - R) / 2} y={H - 6} textAnchor="middle" className="t2i-plot-text">
        {t.plotX}
      </text>
      <text
        x={16}
        y={(T + H - B) / 2}
        textAnchor="middle"
        transform={`rotate(-90 16 ${(T + H - B) / 2})`}
        className="t2i-plot-text"
      >
        {t.plotY} →
      </text>
      {GENERATOR_IDS.map((id) => {
        const x = px(fid(id));
        const y = py(clip(id));
        const right = x < W - 120;
        return (
          <g key={id}>
            <circle cx={x} cy={y} r={7} className="t2i-point" />
            <text
              x={right ? x + 11 : x - 11}
              y={y + (id === 'collapsed' || id === 'good' ? 22 : -10)}
              textAnchor={right ? 'start' : 'end'}
              className="t2i-plot-text"
            >
              {name(id)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
