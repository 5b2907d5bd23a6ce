/**
 * The mask painter: a label map shown as a picture and painted with the
 * pointer (mouse, pen or touch, through pointer events) or the keyboard
 * (usePaintKeys). Strokes paint a working copy (usePaintStroke) and commit
 * when they end. Controlled: the caller owns the committed map, the tool,
 * the class and the brush, and composes the picture of a map. A pointer
 * move paints at once and re-renders only this surface, at most once per
 * frame (the surface's box is read when a stroke starts, not per move).
 */
import { memo, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { RgbaCanvas } from '../RgbaCanvas';
import { BrushCursor } from './BrushCursor';
import { pointerToLabel, type LabelPoint } from './paintInput';
import { usePaintKeys } from './usePaintKeys';
import { usePaintStroke, type PaintStrokeOptions } from './usePaintStroke';

/** Props of MaskPainter: the stroke options (map, tool, class, brush, commit) and the surface's own. */
export interface MaskPainterProps extends PaintStrokeOptions {
  /** The RGBA picture of a label map, `displayScale` output pixels per label pixel (keep it stable: useCallback). */
  compose: (labels: Uint8Array) => Uint8ClampedArray;
  displayScale: number;
  onUndo: () => void;
  onRedo: () => void;
  /** Accessible name of the surface. */
  label: string;
  /** How to paint with the keyboard (read after the name). */
  hint: string;
  /** Where the brush is, in words. */
  cursorText: (x: number, y: number) => string;
  /** Where the brush starts before the pointer or the keys move it. */
  initialCursor?: LabelPoint;
}

/** The painting surface (memo: a caller's re-render with the same props costs nothing). */
export const MaskPainter = memo(function MaskPainter(props: MaskPainterProps) {
  const { committed, size, compose, displayScale, tool, brush } = props;
  const surface = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [cursor, setCursorState] = useState<LabelPoint>(
    () => props.initialCursor ?? { x: Math.floor(size.width / 2), y: Math.floor(size.height / 2) },
  );
  const [showCursor, setShowCursor] = useState(false);
  // a move inside the same label pixel keeps the cursor object, so React skips the render
  const setCursor = (p: LabelPoint) => setCursorState((c) => (c.x === p.x && c.y === p.y ? c : p));
  const rect = useRef<DOMRect | null>(null);
  const stroke = usePaintStroke(props);
  const keys = usePaintKeys({
    cursor,
    setCursor,
    size,
    tool,
    stroke,
    onUndo: props.onUndo,
    onRedo: props.onRedo,
    onHandled: () => setShowCursor(true),
  });
  const live = stroke.live;
  const picture = useMemo(() => compose(live?.data ?? committed), [compose, live, committed]);

  const at = (e: PointerEvent<HTMLDivElement>) =>
    pointerToLabel(e.clientX, e.clientY, rect.current ?? e.currentTarget.getBoundingClientRect(), size);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    surface.current?.focus({ preventScroll: true });
    rect.current = e.currentTarget.getBoundingClientRect();
    const p = at(e);
    setCursor(p);
    if (tool === 'fill') {
      stroke.applyAt(p);
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    stroke.begin(p);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!stroke.active()) rect.current = null; // hovering: the page may have scrolled since
    const p = at(e);
    setCursor(p);
    stroke.extend(p);
  };

  const endStroke = () => {
    rect.current = null;
    stroke.end();
  };

  return (
    <div
      ref={surface}
      role="application"
      aria-label={props.label}
      aria-describedby={hintId}
      tabIndex={0}
      className="relative cursor-crosshair touch-none select-none overflow-hidden rounded outline-offset-2"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endStroke}
      onPointerCancel={endStroke}
      onPointerEnter={() => setShowCursor(true)}
      onPointerLeave={() => setShowCursor(false)}
      onFocus={() => setShowCursor(true)}
      onBlur={() => {
        setShowCursor(false);
        endStroke();
      }}
      onKeyDown={keys.onKeyDown}
      onKeyUp={keys.onKeyUp}
    >
      <RgbaCanvas rgba={picture} width={size.width * displayScale} height={size.height * displayScale} />
      {showCursor && <BrushCursor at={cursor} diameter={tool === 'fill' ? 1 : brush} size={size} />}
      <p id={hintId} className="sr-only">
        {props.hint} {props.cursorText(cursor.x, cursor.y)}
      </p>
    </div>
  );
});
