/**
 * A point the reader drags (mouse, pen or finger) or moves with the arrow
 * keys (1 image pixel, Shift 10), e.g. a predicted keypoint: a focusable
 * circle (role "button", roledescription "draggable") whose accessible name
 * ends with its position, drawn over a smaller visible dot. The focusable
 * circle is the hit area: at least 44x44 CSS px on screen whatever the
 * picture's size (the dot may stay small); where neighbours' hit areas
 * overlap, the nearest centre wins (useDrag). Controlled: the caller owns
 * the point. Coordinates are integer image pixels.
 */
import { useRef } from 'react';
import { useDragPoint } from './drag/useDragPoint';
import { hitHalfSide } from './drag/touchTarget';
import { useImagePerScreen } from './drag/useImagePerScreen';
import type { Point, Region } from './drag/pointGeometry';

/** Props of DraggablePoint. */
export interface DraggablePointProps {
  point: Point;
  region: Region;
  /** Accessible name without the position, e.g. "predicted left hip, small person". */
  label: string;
  onChange: (p: Point) => void;
  onFocus?: () => void;
  /** Radius of the visible dot and of the (larger) hit area, in image pixels (the hit area grows to 44 CSS px). */
  dot: number;
  hit: number;
  /** Classes of the visible dot. */
  dotClass: string;
}

/** One draggable, keyboard-movable point. */
export function DraggablePoint({
  point,
  region,
  label,
  onChange,
  onFocus,
  dot,
  hit,
  dotClass,
}: DraggablePointProps) {
  const handlers = useDragPoint(point, region, onChange);
  const ref = useRef<SVGCircleElement>(null);
  const r = hitHalfSide(hit, useImagePerScreen(ref));
  const [x, y] = point;
  return (
    <g>
      <circle cx={x} cy={y} r={dot} className={`pointer-events-none ${dotClass}`} />
      <circle
        cx={x}
        cy={y}
        ref={ref}
        r={r}
        fill="transparent"
        role="button"
        aria-roledescription="draggable"
        aria-label={`${label}: x ${x}, y ${y}`}
        tabIndex={0}
        className="ba-draggable cursor-move"
        style={{ touchAction: 'none' }}
        onFocus={onFocus}
        {...handlers}
      />
    </g>
  );
}
