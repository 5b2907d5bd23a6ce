/**
 * A box inside an SVG image frame that the reader drags with a pointer (mouse,
 * pen or touch) or moves with the arrow keys (1 px, Shift 10 px). With
 * `resizable`, four focusable corner handles resize it the same ways.
 * Coordinates are integer image pixels; the SVG's viewBox is the image size.
 */
import type { BoxXywh } from '../../lib/geometry';
import { arrowKeys, useDrag } from '../drag/useDrag';
import { moveBox } from '../../lib/geometry';
import { CORNERS, resizeBox, type Bounds, type Corner } from './boxGeometry';
import { centredSquare, cornerCursor, cornerPoint } from './handles';

/** Props of DraggableBox: a controlled box in image pixels and its setter. */
export interface DraggableBoxProps {
  box: BoxXywh;
  bounds: Bounds;
  /** Accessible name, e.g. "predicted box". */
  label: string;
  onChange: (box: BoxXywh) => void;
  resizable?: boolean;
  /** Tailwind/CSS classes for the rectangle's stroke and fill. */
  className?: string;
  /** Accessible names of the corner handles, by corner (default: "bottom-right corner of <label> (drag to resize)"). */
  cornerLabel?: (corner: Corner) => string;
}

/** What a drag starts from: the box, and the corner being dragged (null: the whole box). */
interface DragFrom {
  box: BoxXywh;
  corner: Corner | null;
}

const CORNER_WORDS: Record<Corner, string> = {
  nw: 'top-left',
  ne: 'top-right',
  sw: 'bottom-left',
  se: 'bottom-right',
};

/** A draggable, keyboard-movable and optionally resizable box. */
export function DraggableBox({
  box,
  bounds,
  label,
  onChange,
  resizable,
  className,
  cornerLabel,
}: DraggableBoxProps) {
  const [x, y, w, h] = box;
  const apply = (from: DragFrom, dx: number, dy: number) =>
    from.corner ? resizeBox(from.box, from.corner, dx, dy, bounds) : moveBox(from.box, dx, dy, bounds);
  const drag = useDrag<DragFrom>({
    imageWidth: bounds.width,
    onDrag: (from, dx, dy) => {
      const next = apply(from, dx, dy);
      if (next.some((v, i) => v !== box[i])) onChange(next);
    },
  });
  const key = (corner: Corner | null) => arrowKeys((dx, dy) => onChange(apply({ box, corner }, dx, dy)));

  const handle = Math.max(6, Math.round(bounds.width / 60));
  // a finger needs a larger target than the drawn square: an invisible hit area 2.5 times its size
  const hit = Math.round(handle * 2.5);
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        role="button"
        aria-roledescription="draggable"
        aria-label={`${label}: x ${x}, y ${y}, width ${w}, height ${h}`}
        tabIndex={0}
        className={`ba-draggable cursor-move ${className ?? ''}`}
        style={{ touchAction: 'none' }}
        {...drag.handlers({ box, corner: null })}
        onKeyDown={key(null)}
      />
      {resizable &&
        CORNERS.map((c) => {
          const [cx, cy] = cornerPoint(box, c);
          const cursor = cornerCursor(c);
          return (
            <g key={c}>
              <rect
                {...centredSquare(cx, cy, hit)}
                fill="transparent"
                aria-hidden="true"
                className={cursor}
                style={{ touchAction: 'none' }}
                {...drag.handlers({ box, corner: c })}
              />
              <rect
                {...centredSquare(cx, cy, handle)}
                role="button"
                aria-roledescription="draggable"
                aria-label={
                  cornerLabel ? cornerLabel(c) : `${CORNER_WORDS[c]} corner of ${label} (drag to resize)`
                }
                tabIndex={0}
                className={`ba-handle ${cursor}`}
                style={{ touchAction: 'none' }}
                {...drag.handlers({ box, corner: c })}
                onKeyDown={key(c)}
              />
            </g>
          );
        })}
    </g>
  );
}
