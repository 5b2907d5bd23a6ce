/**
 * Pointer and keyboard handlers that move one point in whole image pixels
 * inside a region, built on the shared useDrag: a pointer drag (mouse, pen or
 * touch) converts screen pixels to the coordinates of the nearest SVG's
 * viewBox, so it works the same in a main image and in a magnified inset;
 * arrow keys move 1 px, 10 with Shift.
 */
import { arrowKeys, useDrag } from './useDrag';
import { movePointIn, samePoint, type Point, type Region } from './pointGeometry';

/** Handlers to spread on the SVG element that moves `point` inside `region`. */
export function useDragPoint(point: Point, region: Region, onChange: (p: Point) => void) {
  const emit = (next: Point) => {
    if (!samePoint(next, point)) onChange(next);
  };
  const drag = useDrag<Point>({
    onDrag: (start, dx, dy) => emit(movePointIn(start, dx, dy, region)),
    fallbackScale: 1,
  });
  return {
    ...drag.handlers(point),
    onKeyDown: arrowKeys((dx, dy) => emit(movePointIn(point, dx, dy, region))),
  };
}
