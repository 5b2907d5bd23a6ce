/**
 * A box inside an SVG image frame that the reader drags with a pointer (mouse,
 * pen or touch) or moves with the arrow keys (1 px, Shift 10 px). With
 * `resizable`, four focusable corner handles resize it the same ways.
 * Coordinates are integer image pixels; the SVG's viewBox is the image size.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { BoxXywh } from '../../metrics/types';
import {
  arrowStep,
  CORNERS,
  moveBox,
  resizeBox,
  screenToImage,
  type Bounds,
  type Corner,
} from './boxGeometry';

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

interface DragStart {
  pointerId: number;
  clientX: number;
  clientY: number;
  box: BoxXywh;
  scale: number;
}

const CORNER_WORDS: Record<Corner, string> = {
  nw: 'top-left',
  ne: 'top-right',
  sw: 'bottom-left',
  se: 'bottom-right',
};

function svgScale(el: Element, bounds: Bounds): number {
  const svg = el instanceof SVGSVGElement ? el : (el as SVGElement).ownerSVGElement;
  const width = svg?.getBoundingClientRect().width ?? 0;
  return screenToImage(1, width, bounds.width);
}

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
  const drag = useRef<(DragStart & { corner: Corner | null }) | null>(null);
  const [x, y, w, h] = box;

  const begin = (e: PointerEvent<SVGElement>, corner: Corner | null) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    // an invisible hit area hands the focus to its visible, focusable handle
    const el = e.currentTarget;
    const focusable = el.getAttribute('aria-hidden') === 'true' ? el.nextElementSibling : el;
    (focusable as HTMLElement | null)?.focus?.();
    drag.current = {
      pointerId: e.pointerId,
      clientX: e.clientX,
      clientY: e.clientY,
      box,
      scale: svgScale(e.currentTarget, bounds),
      corner,
    };
  };
  const move = (e: PointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const dx = (e.clientX - d.clientX) * d.scale;
    const dy = (e.clientY - d.clientY) * d.scale;
    const next = d.corner ? resizeBox(d.box, d.corner, dx, dy, bounds) : moveBox(d.box, dx, dy, bounds);
    if (next.some((v, i) => v !== box[i])) onChange(next);
  };
  const end = (e: PointerEvent<SVGElement>) => {
    if (drag.current?.pointerId === e.pointerId) drag.current = null;
  };
  const key = (e: KeyboardEvent<SVGElement>, corner: Corner | null) => {
    const step = arrowStep(e.key, e.shiftKey);
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    onChange(
      corner ? resizeBox(box, corner, step[0], step[1], bounds) : moveBox(box, step[0], step[1], bounds),
    );
  };

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
        onPointerDown={(e) => begin(e, null)}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onKeyDown={(e) => key(e, null)}
      />
      {resizable &&
        CORNERS.map((c) => {
          const cx = c === 'nw' || c === 'sw' ? x : x + w;
          const cy = c === 'nw' || c === 'ne' ? y : y + h;
          const cursor = c === 'nw' || c === 'se' ? 'cursor-nwse-resize' : 'cursor-nesw-resize';
          return (
            <g key={c}>
              <rect
                x={cx - hit / 2}
                y={cy - hit / 2}
                width={hit}
                height={hit}
                fill="transparent"
                aria-hidden="true"
                className={cursor}
                style={{ touchAction: 'none' }}
                onPointerDown={(e) => begin(e, c)}
                onPointerMove={move}
                onPointerUp={end}
                onPointerCancel={end}
              />
              <rect
                x={cx - handle / 2}
                y={cy - handle / 2}
                width={handle}
                height={handle}
                role="button"
                aria-roledescription="draggable"
                aria-label={
                  cornerLabel ? cornerLabel(c) : `${CORNER_WORDS[c]} corner of ${label} (drag to resize)`
                }
                tabIndex={0}
                className={`ba-handle ${cursor}`}
                style={{ touchAction: 'none' }}
                onPointerDown={(e) => begin(e, c)}
                onPointerMove={move}
                onPointerUp={end}
                onPointerCancel={end}
                onKeyDown={(e) => key(e, c)}
              />
            </g>
          );
        })}
    </g>
  );
}
