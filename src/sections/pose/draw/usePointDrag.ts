/**
 * Pointer and keyboard handlers that move one point in whole image pixels:
 * a pointer drag (mouse, pen or touch) converts screen pixels to the
 * coordinates of the nearest SVG's viewBox, so it works the same in the
 * main image and in a magnified inset; arrow keys move 1 px, 10 with Shift.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { arrowStep } from '../../../widgets/boxes/boxGeometry';
import { movePoint, type Point, type Region } from '../model/geometry';

interface DragStart {
  pointerId: number;
  clientX: number;
  clientY: number;
  point: Point;
  scale: number;
}

/** Image pixels per screen pixel of the SVG that draws `el` (its viewBox width over its drawn width). */
function viewBoxScale(el: Element): number {
  const svg = el instanceof SVGSVGElement ? el : (el as SVGElement).ownerSVGElement;
  if (!svg) return 1;
  const drawn = svg.getBoundingClientRect().width;
  const units = svg.viewBox.baseVal?.width || drawn;
  return drawn > 0 ? units / drawn : 1;
}

/** Handlers to spread on the SVG element that moves `point` inside `region`. */
export function usePointDrag(point: Point, region: Region, onChange: (p: Point) => void) {
  const drag = useRef<DragStart | null>(null);
  const emit = (next: Point) => {
    if (next[0] !== point[0] || next[1] !== point[1]) onChange(next);
  };
  return {
    onPointerDown: (e: PointerEvent<SVGElement>) => {
      if (e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      e.currentTarget.setPointerCapture?.(e.pointerId);
      (e.currentTarget as unknown as HTMLElement).focus?.();
      drag.current = {
        pointerId: e.pointerId,
        clientX: e.clientX,
        clientY: e.clientY,
        point,
        scale: viewBoxScale(e.currentTarget),
      };
    },
    onPointerMove: (e: PointerEvent<SVGElement>) => {
      const d = drag.current;
      if (!d || d.pointerId !== e.pointerId) return;
      emit(movePoint(d.point, (e.clientX - d.clientX) * d.scale, (e.clientY - d.clientY) * d.scale, region));
    },
    onPointerUp: (e: PointerEvent<SVGElement>) => {
      if (drag.current?.pointerId === e.pointerId) drag.current = null;
    },
    onPointerCancel: (e: PointerEvent<SVGElement>) => {
      if (drag.current?.pointerId === e.pointerId) drag.current = null;
    },
    onKeyDown: (e: KeyboardEvent<SVGElement>) => {
      const step = arrowStep(e.key, e.shiftKey);
      if (!step) return;
      e.preventDefault();
      e.stopPropagation();
      emit(movePoint(point, step[0], step[1], region));
    },
  };
}
