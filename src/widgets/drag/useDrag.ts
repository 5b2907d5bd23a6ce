/**
 * The one drag hook of the draggable widgets (boxes, corner handles, points):
 * a pointer drag with mouse, pen or finger (pointer capture, so the drag
 * survives leaving the element; other pointers ignored) reports its delta in
 * image pixels, and arrow keys report steps of 1 image pixel, 10 with Shift.
 * Pointer moves are reported at most once per animation frame (the newest
 * delta; the last one is delivered when the pointer goes up), so a fast drag
 * costs one state update, one render and one metric request per frame.
 * Where hit areas overlap, a pointer-down goes to the draggable whose centre
 * is nearest (nearestDraggable.ts).
 */
import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { browserFrameClock, frameCoalescer, type FrameCoalescer } from '../frameCoalescer';
import { arrowStep } from '../boxes/boxGeometry';
import { svgImageScale } from '../svgScale';
import { nearestDraggableAt, redispatchPointerDown } from './nearestDraggable';
import { dragDelta, endsSession, startSession, type DragSession } from './dragCore';
import type { ImagePx } from '../../lib/geometry';

/** Options of useDrag. */
export interface DragOptions<S> {
  /** Called while dragging with the value at the start and the delta so far, in image pixels. */
  onDrag: (start: S, dx: ImagePx, dy: ImagePx) => void;
  /** Image width for the screen-to-image scale when the SVG has no viewBox. */
  imageWidth?: number;
  /** Scale when the SVG is not drawn (0 ignores moves, 1 takes screen pixels as image pixels). */
  fallbackScale?: number;
}

/** Pointer handlers of one draggable element (spread them on it). */
export interface DragHandlers {
  onPointerDown: (e: PointerEvent<SVGElement>) => void;
  onPointerMove: (e: PointerEvent<SVGElement>) => void;
  onPointerUp: (e: PointerEvent<SVGElement>) => void;
  onPointerCancel: (e: PointerEvent<SVGElement>) => void;
}

/**
 * The element that takes the focus when a drag starts on `el`: an invisible
 * hit area (aria-hidden) hands it to its visible, focusable handle after it.
 */
function focusTarget(el: Element): Element | null {
  return el.getAttribute('aria-hidden') === 'true' ? el.nextElementSibling : el;
}

/** Drag handlers; `handlers(start)` gives those of an element whose drag begins from `start`. */
export function useDrag<S>({ onDrag, imageWidth, fallbackScale = 0 }: DragOptions<S>) {
  const session = useRef<DragSession<S> | null>(null);
  const latest = useRef(onDrag);
  useEffect(() => {
    latest.current = onDrag;
  }, [onDrag]);
  const frame = useRef<FrameCoalescer<{ start: S; dx: ImagePx; dy: ImagePx }> | null>(null);
  frame.current ??= frameCoalescer(browserFrameClock(), (m) => latest.current(m.start, m.dx, m.dy));
  useEffect(() => () => frame.current?.cancel(), []);
  const end = (e: PointerEvent<SVGElement>) => {
    if (!endsSession(session.current, e)) return;
    session.current = null;
    frame.current?.flush();
  };
  return {
    handlers: (start: S): DragHandlers => ({
      onPointerDown: (e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.stopPropagation();
        const nearest = nearestDraggableAt(e.currentTarget, e.clientX, e.clientY);
        if (nearest !== e.currentTarget) {
          redispatchPointerDown(nearest, e.nativeEvent);
          return;
        }
        e.currentTarget.setPointerCapture?.(e.pointerId);
        (focusTarget(e.currentTarget) as HTMLElement | null)?.focus?.();
        session.current = startSession(e, start, svgImageScale(e.currentTarget, imageWidth, fallbackScale));
      },
      onPointerMove: (e) => {
        const delta = dragDelta(session.current, e);
        if (delta && session.current)
          frame.current?.push({ start: session.current.start, dx: delta[0], dy: delta[1] });
      },
      onPointerUp: end,
      onPointerCancel: end,
    }),
  };
}

/** A keydown handler that turns arrow keys into image-pixel steps (1, Shift 10) and ignores other keys. */
export function arrowKeys(onStep: (dx: number, dy: number) => void) {
  return (e: KeyboardEvent<SVGElement>) => {
    const step = arrowStep(e.key, e.shiftKey);
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    onStep(step[0], step[1]);
  };
}
