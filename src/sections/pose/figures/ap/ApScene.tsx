/**
 * The drawing of the keypoint-AP figure: five people (silhouette, ground
 * truth, number) and six predicted skeletons, each draggable as a whole by
 * pointer or arrow keys (its offset changes in whole pixels). Each pose's
 * hit area is its extent grown to at least 44x44 CSS px on screen; where
 * hit areas overlap, the pose whose centre is nearest wins (useDrag).
 */
import { useRef } from 'react';
import type { Point, Region } from '../../../../scenes/pose/geometry';
import { AP_IMAGE, AP_PEOPLE, AP_PREDICTIONS, MAX_OFFSET } from '../../../../scenes/pose/apScene';
import { extentBox } from '../../../../scenes/pose/geometry';
import { poseText } from '../../../../i18n/pose';
import { useDragPoint } from '../../../../widgets/drag/useDragPoint';
import { Silhouette, Skeleton } from '../shared/Skeleton';
import { POSE_STYLES } from '../shared/styles';
import { boxXyxy } from '../../../../lib/geometry';
import { growToTarget } from '../../../../widgets/drag/touchTarget';
import { useImagePerScreen } from '../../../../widgets/drag/useImagePerScreen';

const t = poseText.ap;
const OFFSET_REGION: Region = boxXyxy(-MAX_OFFSET, -MAX_OFFSET, MAX_OFFSET, MAX_OFFSET);
const HORIZON = 330;

/** Props of ApScene. */
export interface ApSceneProps {
  offsets: readonly Point[];
  joints: readonly (readonly Point[])[];
  onOffset: (i: number, offset: Point) => void;
}

function PredictedPose(props: {
  n: number;
  offset: Point;
  joints: readonly Point[];
  onChange: (p: Point) => void;
}) {
  const { n, offset, joints, onChange } = props;
  const handlers = useDragPoint(offset, OFFSET_REGION, onChange);
  const ref = useRef<SVGRectElement>(null);
  const perScreen = useImagePerScreen(ref);
  const person = AP_PREDICTIONS[n - 1]!.person + 1;
  const [x0, y0, w0, h0] = extentBox(joints);
  const gx = growToTarget(w0 + 12, perScreen);
  const gy = growToTarget(h0 + 12, perScreen);
  const [x, y, w, h] = [x0 - gx, y0 - gy, w0 + 2 * gx, h0 + 2 * gy];
  const pad = 6;
  const head = joints[0]!;
  return (
    <g>
      <Skeleton points={joints} kind="pred" dot={2.5} />
      <text x={head[0] + 8} y={head[1] - 10} className={POSE_STYLES.label} aria-hidden="true">
        {n}
      </text>
      <rect
        ref={ref}
        x={x - pad}
        y={y - pad}
        width={w + 2 * pad}
        height={h + 2 * pad}
        fill="transparent"
        role="button"
        aria-roledescription="draggable"
        aria-label={t.poseLabel(n, person, offset[0], offset[1])}
        tabIndex={0}
        className="ba-draggable cursor-move"
        style={{ touchAction: 'none' }}
        {...handlers}
      />
    </g>
  );
}

/** The AP scene. */
export function ApScene({ offsets, joints, onOffset }: ApSceneProps) {
  return (
    <svg
      viewBox={`0 0 ${AP_IMAGE.width} ${AP_IMAGE.height}`}
      className="h-auto w-full touch-none select-none rounded border border-border"
      role="group"
      aria-label={t.sceneLabel}
    >
      <g aria-hidden="true">
        <rect width={AP_IMAGE.width} height={AP_IMAGE.height} className={POSE_STYLES.backdropSky} />
        <rect
          y={HORIZON}
          width={AP_IMAGE.width}
          height={AP_IMAGE.height - HORIZON}
          className={POSE_STYLES.backdropGround}
        />
        {AP_PEOPLE.map((p, i) => (
          <g key={p.id}>
            <Silhouette points={p.silhouette} />
            <Skeleton points={p.gt} kind="gt" dot={2} />
            <text
              x={p.bbox[0] + p.bbox[2] / 2}
              y={p.bbox[1] + p.bbox[3] + 16}
              textAnchor="middle"
              className={POSE_STYLES.label}
            >
              {t.personCell(i + 1)}
            </text>
          </g>
        ))}
      </g>
      {AP_PREDICTIONS.map((_, i) => (
        <PredictedPose
          key={i}
          n={i + 1}
          offset={offsets[i] ?? [0, 0]}
          joints={joints[i] ?? []}
          onChange={(p) => onOffset(i, p)}
        />
      ))}
    </svg>
  );
}
