/**
 * A loupe on one person's left eye: a few image pixels around the
 * ground-truth eye, magnified so that each pixel is a visible grid square,
 * with the eye's tolerance rings (similarity 0.75 filled, 0.5 dashed) drawn
 * to the same scale and the 0.75 radius as a readout (`oks_ring_radius`,
 * data-subject the person, data-joint `left_eye`). Pixel i covers
 * [i - 0.5, i + 0.5], so a keypoint clicked on a whole pixel sits in the
 * middle of its square, which is outlined.
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { Point } from '../../../../scenes/pose/geometry';
import { jointIndex } from '../../../../scenes/pose/skeleton';
import type { RingRadiiResult } from '../../results';
import { POSE_STYLES } from '../shared/styles';

const t = poseText.rings.floor;
const EYE = jointIndex('left_eye');
const thin = '[vector-effect:non-scaling-stroke]';
const GRID = `stroke-muted/60 stroke-1 ${thin}`;

/** Props of EyeLoupe. */
export interface EyeLoupeProps {
  subject: 'large-person' | 'small-person';
  /** The ground-truth left eye, image pixels. */
  eye: Point;
  result: MetricState<RingRadiiResult>;
  /** Pixels across the loupe (odd, so the eye's pixel is in the middle). */
  cells: number;
  /** CSS pixels per image pixel. */
  zoom: number;
}

/** The magnified eye, its rings over the pixel grid, and the 0.75 radius. */
export function EyeLoupe({ subject, eye, result, cells, zoom }: EyeLoupeProps) {
  const [inner, outer] = result.value?.radius[EYE] ?? [];
  const cx = Math.round(eye[0]);
  const cy = Math.round(eye[1]);
  const half = cells / 2;
  const x0 = cx - half;
  const y0 = cy - half;
  const lines = Array.from({ length: cells + 1 }, (_, k) => k);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <p className="m-0 text-sm font-semibold">{t.loupeHeading(subject, zoom)}</p>
      <svg
        viewBox={`${x0} ${y0} ${cells} ${cells}`}
        width={cells * zoom}
        height={cells * zoom}
        className="h-auto max-w-full rounded border border-border"
        role="img"
        aria-label={t.loupeLabel(subject, zoom)}
        data-loupe={subject}
      >
        <rect x={x0} y={y0} width={cells} height={cells} className={POSE_STYLES.backdropSky} />
        {/* vector-effect is not inherited: every line carries it, so a grid line stays 1 CSS px at any zoom */}
        <g aria-hidden="true">
          {lines.map((k) => (
            <g key={k}>
              <line x1={x0 + k} y1={y0} x2={x0 + k} y2={y0 + cells} className={GRID} />
              <line x1={x0} y1={y0 + k} x2={x0 + cells} y2={y0 + k} className={GRID} />
            </g>
          ))}
        </g>
        {outer !== undefined && (
          <circle cx={eye[0]} cy={eye[1]} r={outer} className={POSE_STYLES.ringOuter} />
        )}
        {inner !== undefined && (
          <circle cx={eye[0]} cy={eye[1]} r={inner} className={POSE_STYLES.ringInner} />
        )}
        <rect
          x={cx - 0.5}
          y={cy - 0.5}
          width={1}
          height={1}
          className={`fill-none stroke-fg stroke-[2.5] ${thin}`}
        />
        <circle cx={eye[0]} cy={eye[1]} r={3 / zoom} className={POSE_STYLES.gtJoint} />
      </svg>
      <MetricReadout
        metric="oks_ring_radius"
        subject={subject}
        data={{ joint: 'left_eye', similarity: '0.75' }}
        value={inner}
        pending={result.pending}
        error={result.error}
        label={t.radius(subject)}
        format="number"
        digits={2}
      />
    </div>
  );
}
