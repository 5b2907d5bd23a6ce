/**
 * The drawing of the keypoint-AP figure: five people (silhouette, ground
 * truth, number) and six predicted skeletons, each draggable as a whole by
 * pointer or arrow keys (its offset changes in whole pixels). Each pose's
 * hit area is its extent grown to at least 44x44 CSS px on screen; where
 * hit areas overlap, the pose whose centre is nearest wins (useDrag).
 * A prediction's number sits right of its head, or left of it for a second
 * guess on a person already guessed (so "2" and "3" on person 2 stay apart);
 * on a slide the labels are drawn at the slide's type size, and the names
 * under the people take two lines and move apart where they would overlap
 * (spreadLabels.ts).
 */
import { useRef, type CSSProperties } from 'react';
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
import { usePresentLabelPx, usePresenting } from '../../../../widgets/present/usePresenting';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';
import { spreadLabels, twoLines } from './spreadLabels';

const t = poseText.ap;
const OFFSET_REGION: Region = boxXyxy(-MAX_OFFSET, -MAX_OFFSET, MAX_OFFSET, MAX_OFFSET);
const HORIZON = 330;

/** Width of a semibold label per character, in font sizes (Inter: about 0.54; a little room on top). */
const EM_PER_CHAR = 0.6;

/** Whether prediction `index` is a further guess for a person an earlier prediction was made for. */
function laterGuess(index: number): boolean {
  const person = AP_PREDICTIONS[index]?.person;
  return AP_PREDICTIONS.slice(0, index).some((p) => p.person === person);
}

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
  /** The labels' size on a slide (undefined: the class's size). */
  labelStyle?: CSSProperties;
}) {
  const { n, offset, joints, onChange, labelStyle } = props;
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
  const left = laterGuess(n - 1);
  return (
    <g>
      <Skeleton points={joints} kind="pred" dot={2.5} />
      <text
        x={left ? head[0] - 8 : head[0] + 8}
        y={head[1] - 10}
        textAnchor={left ? 'end' : 'start'}
        className={POSE_STYLES.label}
        style={labelStyle}
        aria-hidden="true"
      >
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
  const presenting = usePresenting();
  const slidePx = usePresentLabelPx();
  const ref = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(ref);
  const size = presenting ? labelUnits(drawn, AP_IMAGE.width, 18, 1, slidePx) : undefined;
  const labelStyle = size === undefined ? undefined : { fontSize: size };
  // on the page a name sits 16 image px under the feet; on a slide the names are large for the
  // drawing, so they take two lines and neighbours move apart (on the page they fit as placed)
  const slideLines =
    size === undefined
      ? null
      : twoLines(
          AP_PEOPLE.map((p) => p.bbox[1] + p.bbox[3]),
          AP_IMAGE.height,
          size,
          4,
        );
  const names = AP_PEOPLE.map((p, i) => ({
    text: t.personCell(i + 1),
    x: p.bbox[0] + p.bbox[2] / 2,
    y: slideLines?.[i] ?? p.bbox[1] + p.bbox[3] + 16,
  }));
  const nameX =
    size === undefined
      ? names.map((n) => n.x)
      : spreadLabels(
          names.map((n) => ({ x: n.x, y: n.y, width: n.text.length * EM_PER_CHAR * size })),
          size * 1.05,
          size * 0.3,
          AP_IMAGE.width,
        );
  return (
    <svg
      ref={ref}
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
              x={nameX[i]}
              y={names[i]!.y}
              textAnchor="middle"
              className={POSE_STYLES.label}
              style={labelStyle}
            >
              {names[i]!.text}
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
          labelStyle={labelStyle}
        />
      ))}
    </svg>
  );
}
