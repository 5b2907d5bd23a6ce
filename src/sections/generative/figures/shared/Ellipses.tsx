/** The 1-sigma and 2-sigma covariance ellipses of one sample, drawn on the feature plane. */
import type { Moments } from '../../../../scenes/generative/fidScene';
import { covarianceEllipse } from './ellipse';
import { sx, sy } from './plane';

/** Props of Ellipses. */
export interface EllipsesProps {
  moments: Moments;
  /** Classes of the stroke (colour); the dash pattern tells the sets apart too. */
  className: string;
  dashed: boolean;
}

/** Two ellipses (1σ, 2σ) and a cross at the mean. */
export function Ellipses({ moments, className, dashed }: EllipsesProps) {
  const cx = sx(moments.mean[0]);
  const cy = sy(moments.mean[1]);
  return (
    <g className={`pointer-events-none fill-none ${className}`} strokeDasharray={dashed ? '5 3' : undefined}>
      {[1, 2].map((k) => {
        const e = covarianceEllipse(moments.cov, k);
        return (
          <ellipse
            key={k}
            cx={cx}
            cy={cy}
            rx={sx(e.a)}
            ry={sx(e.b)}
            transform={`rotate(${-e.angle} ${cx} ${cy})`}
            strokeWidth={k === 1 ? 1.4 : 0.9}
          />
        );
      })}
      <path d={`M${cx - 4} ${cy}h8M${cx} ${cy - 4}v8`} strokeWidth={1.2} strokeDasharray="none" />
    </g>
  );
}
