/**
 * The 640 x 480 image of the paradox, rings and PCK figures: the large
 * person drawn at full size, the small person both in the image (tiny) and
 * in a 4x inset beside it whose coordinates stay image pixels. Predicted
 * joints are draggable in the image (large person) and in the inset (small
 * person); overlays (rings, thresholds) are drawn under the skeletons.
 * On a slide (usePresenting) the picture, the inset and the readouts share
 * one row as a grid, the inset a true 4x of the picture (8 : 3 columns),
 * the inset's frame label is drawn at the slide's type size, and the chip
 * over the picture gives way to the legend line under it.
 */
import { useRef, type ReactNode } from 'react';
import type { Point, Region } from '../../../../scenes/pose/geometry';
import { IMAGE, INSET_REGION, INSET_ZOOM, type ParadoxSubject } from '../../../../scenes/pose/scene';
import { poseText } from '../../../../i18n/pose';
import { Silhouette, Skeleton } from './Skeleton';
import { DraggablePoint } from '../../../../widgets/DraggablePoint';
import { POSE_STYLES } from './styles';
import { PictureLegend } from './Legend';
import { boxXyxy } from '../../../../lib/geometry';
import { usePresentLabelPx, usePresenting } from '../../../../widgets/present/usePresenting';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';

/** The horizon of the drawn backdrop (image y). */
const HORIZON = 330;

/** One person as the scene draws it. */
export interface ScenePerson {
  id: ParadoxSubject;
  gt: readonly Point[];
  silhouette: readonly Point[];
  /** Predicted joints; left out to draw the ground truth only. */
  pred?: readonly Point[];
  region: Region;
  /** Accessible name of predicted joint i. */
  jointLabel?: (i: number) => string;
  onMove?: (i: number, p: Point) => void;
  onFocus?: (i: number) => void;
  /** Drawn under the skeletons, in image coordinates. */
  overlay?: ReactNode;
}

/** Props of ParadoxScene. */
export interface ParadoxSceneProps {
  large: ScenePerson;
  small: ScenePerson;
  label: string;
  insetLabel: string;
  /** Shown beside the inset (on wide screens beside the picture): live readouts. */
  aside?: ReactNode;
}

/** Tailwind classes of the scene's parts, on the page and on a slide (see the file comment). */
const LAYOUT = {
  page: {
    scene: 'flex flex-col gap-3 min-[68rem]:flex-row min-[68rem]:items-start',
    // the picture is never taller than the screen leaves room for (4:3, so width = height × 4/3)
    picture:
      'relative w-full max-w-[max(18rem,calc((100svh-27rem)*4/3))] min-w-0 min-[68rem]:w-[max(18rem,calc((100svh-27rem)*4/3))] min-[68rem]:flex-[0_1_auto]',
    side: 'flex flex-wrap items-start gap-3 min-[68rem]:flex-none min-[68rem]:flex-nowrap',
    inset: 'flex shrink-0 flex-col gap-1',
    insetSvg: 'h-auto max-w-full',
  },
  slide: {
    scene: 'grid items-start gap-4',
    picture: 'relative min-w-0',
    side: 'contents',
    inset: 'flex min-w-0 flex-col gap-1',
    insetSvg: 'h-auto w-full',
  },
} as const;

/** Grid columns on a slide: picture and inset 8 : 3 (the inset shows 60 of 640 image px at 4x), then the readouts. */
const SLIDE_COLUMNS = {
  aside: 'grid-cols-[minmax(0,8fr)_minmax(0,3fr)_auto]',
  none: 'grid-cols-[minmax(0,8fr)_minmax(0,3fr)]',
} as const;

const SIZES = {
  main: { dot: 4.5, hit: 9, smallDot: 0.9 },
  inset: { dot: 0.9, hit: 1.5 },
};

function Backdrop({ region }: { region: Region }) {
  const [x0, y0, x1, y1] = region;
  return (
    <g aria-hidden="true">
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} className={POSE_STYLES.backdropSky} />
      <rect
        x={x0}
        y={HORIZON}
        width={x1 - x0}
        height={Math.max(0, y1 - HORIZON)}
        className={POSE_STYLES.backdropGround}
      />
    </g>
  );
}

function Joints({ person, dot, hit }: { person: ScenePerson; dot: number; hit: number }) {
  const { pred, onMove, jointLabel } = person;
  if (!pred) return null;
  if (!onMove || !jointLabel) return <Skeleton points={pred} kind="pred" dot={dot} />;
  return (
    <g>
      <Skeleton points={pred} kind="pred" dot={dot} />
      {pred.map((p, i) => (
        <DraggablePoint
          key={i}
          point={p}
          region={person.region}
          label={jointLabel(i)}
          onChange={(q) => onMove(i, q)}
          onFocus={person.onFocus ? () => person.onFocus?.(i) : undefined}
          dot={0}
          hit={hit}
          dotClass={POSE_STYLES.predJoint}
        />
      ))}
    </g>
  );
}

/** The image with both people and the inset. */
export function ParadoxScene({ large, small, label, insetLabel, aside }: ParadoxSceneProps) {
  const [ix0, iy0, ix1, iy1] = INSET_REGION;
  const iw = ix1 - ix0;
  const ih = iy1 - iy0;
  const presenting = usePresenting();
  const slidePx = usePresentLabelPx();
  const pictureRef = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(pictureRef);
  const css = presenting ? LAYOUT.slide : LAYOUT.page;
  // on a slide, the frame label at the slide's type size; on the page, the class's 18 image px
  const frameSize = presenting ? labelUnits(drawn, IMAGE.width, 18, 1, slidePx) : undefined;
  return (
    <div className={presenting ? `${css.scene} ${SLIDE_COLUMNS[aside ? 'aside' : 'none']}` : css.scene}>
      <div className={css.picture}>
        <svg
          ref={pictureRef}
          viewBox={`0 0 ${IMAGE.width} ${IMAGE.height}`}
          className="block h-auto w-full touch-none select-none rounded border border-border"
          role="group"
          aria-label={label}
        >
          <Backdrop region={boxXyxy(0, 0, IMAGE.width, IMAGE.height)} />
          <Silhouette points={large.silhouette} />
          <Silhouette points={small.silhouette} />
          {large.overlay}
          <Skeleton points={large.gt} kind="gt" dot={SIZES.main.dot} />
          <Skeleton points={small.gt} kind="gt" dot={SIZES.main.smallDot} />
          {small.pred && <Skeleton points={small.pred} kind="pred" dot={SIZES.main.smallDot} />}
          <Joints person={large} dot={SIZES.main.dot} hit={SIZES.main.hit} />
          <rect
            x={ix0}
            y={iy0}
            width={iw}
            height={ih}
            className={POSE_STYLES.insetFrame}
            aria-hidden="true"
          />
          <text
            x={ix1}
            y={iy0 - 8}
            textAnchor="end"
            className={POSE_STYLES.label}
            style={frameSize === undefined ? undefined : { fontSize: frameSize }}
            aria-hidden="true"
          >
            {poseText.inset.frame}
          </text>
        </svg>
        {!presenting && <PictureLegend />}
      </div>
      <div className={css.side}>
        <div className={css.inset}>
          <p className="m-0 text-sm font-semibold">{poseText.inset.heading}</p>
          <svg
            viewBox={`${ix0} ${iy0} ${iw} ${ih}`}
            width={iw * INSET_ZOOM}
            height={ih * INSET_ZOOM}
            className={`${css.insetSvg} touch-none select-none rounded border-2 border-dashed border-fg`}
            role="group"
            aria-label={insetLabel}
          >
            <Backdrop region={INSET_REGION} />
            <Silhouette points={small.silhouette} />
            {small.overlay}
            <Skeleton points={small.gt} kind="gt" dot={SIZES.inset.dot} />
            <Joints person={small} dot={SIZES.inset.dot} hit={SIZES.inset.hit} />
          </svg>
        </div>
        {aside}
      </div>
    </div>
  );
}
