/**
 * Pure core of useDrag: a pointer drag session (which pointer, where it
 * started, what was under it, image pixels per screen pixel) and the drag's
 * delta in image pixels. Pointer events give screen (CSS) pixels; draggable
 * SVG things move in the SVG's user units, which are image pixels. The
 * brands ScreenPx and ImagePx mark which side of that conversion a number is on.
 */
import { screenPx, screenToImagePx, type ImagePx } from '../../lib/geometry';

/** A drag in progress: the pointer that started it, its start, and what was dragged. */
export interface DragSession<S> {
  pointerId: number;
  clientX: number;
  clientY: number;
  /** Image pixels per screen pixel of the element's SVG, measured when the drag began. */
  scale: number;
  /** The dragged thing's value when the drag began (a box, a point, a corner...). */
  start: S;
}

/** A pointer position with its id, as pointer events give it. */
export interface PointerSample {
  pointerId: number;
  clientX: number;
  clientY: number;
}

/** A new session for `pointer` dragging `start`, at `scale` image pixels per screen pixel. */
export function startSession<S>(pointer: PointerSample, start: S, scale: number): DragSession<S> {
  return { pointerId: pointer.pointerId, clientX: pointer.clientX, clientY: pointer.clientY, scale, start };
}

/**
 * How far `pointer` has moved since the session began, in image pixels
 * (screen delta times scale); null when it is another pointer (a second
 * finger) or there is no session.
 */
export function dragDelta<S>(
  session: DragSession<S> | null,
  pointer: PointerSample,
): readonly [dx: ImagePx, dy: ImagePx] | null {
  if (!session || session.pointerId !== pointer.pointerId) return null;
  return [
    screenToImagePx(screenPx(pointer.clientX - session.clientX), session.scale),
    screenToImagePx(screenPx(pointer.clientY - session.clientY), session.scale),
  ];
}

/** True when `pointer` is the one that started `session` (so it may end it). */
export function endsSession<S>(session: DragSession<S> | null, pointer: { pointerId: number }): boolean {
  return session !== null && session.pointerId === pointer.pointerId;
}
