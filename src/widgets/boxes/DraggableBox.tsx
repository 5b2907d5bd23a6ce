/**
 * A box inside an SVG image frame that the reader drags with a pointer (mouse,
 * pen or touch) or moves with the arrow keys (1 px, Shift 10 px). With
 * `resizable`, four focusable corner handles resize it the same ways. Each
 * focusable element is its own touch target, at least 44x44 CSS px (a small
 * box grows an invisible margin; a corner's drawn square stays small); where
 * targets overlap, the nearest centre wins (useDrag).
 * Coordinates are integer image pixels; the SVG's viewBox is the image size.
 */
import { useRef } from 'react';
import type { BoxXywh } from '../../lib/geometry';
import { boxTarget, cornerTarget, hitHalfSide } from '../drag/touchTarget';
import { useImagePerScreen } from '../drag/useImagePerScreen';
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
  const ref = useRef<SVGGElement>(null);
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
  // a finger needs a larger target than the drawn square: an invisible hit area, at least 44 CSS px
  const scale = useImagePerScreen(ref, bounds.width);
  const hit = 2 * hitHalfSide(Math.round(handle * 1.25), scale);
  const [tx, ty, tw, th] = boxTarget(box, bounds, scale);
  const grown = tw !== w || th !== h;
  return (
    <g ref={ref}>
      {grown && (
        <rect x={x} y={y} width={w} height={h} className={`pointer-events-none ${className ?? ''}`} />
      )}
      <rect
        x={tx}
        y={ty}
        width={tw}
        height={th}
        fill={grown ? 'transparent' : undefined}
        role="button"
        aria-roledescription="draggable"
        aria-label={`${label}: x ${x}, y ${y}, width ${w}, height ${h}`}
        tabIndex={0}
        className={`ba-draggable cursor-move ${grown ? '' : (className ?? '')}`}
        style={{ touchAction: 'none' }}
        {...drag.handlers({ box, corner: null })}
        onKeyDown={key(null)}
      />
      {resizable &&
        CORNERS.map((c) => {
          const [cx, cy] = cornerPoint(box, c);
          const cursor = cornerCursor(c);
          const [hx, hy] = cornerTarget(cx, cy, c[1] === 'w' ? -1 : 1, c[0] === 'n' ? -1 : 1, hit, bounds);
          return (
            <g key={c}>
              <rect
                x={hx}
                y={hy}
                width={hit}
                height={hit}
                fill="transparent"
                role="button"
                aria-roledescription="draggable"
                aria-label={
                  cornerLabel ? cornerLabel(c) : `${CORNER_WORDS[c]} corner of ${label} (drag to resize)`
                }
                tabIndex={0}
                className={`ba-draggable ba-handle-hit ${cursor}`}
                style={{ touchAction: 'none' }}
                {...drag.handlers({ box, corner: c })}
                onKeyDown={key(c)}
              />
              <rect {...centredSquare(cx, cy, handle)} className="ba-handle pointer-events-none" />
            </g>
          );
        })}
    </g>
  );
}
