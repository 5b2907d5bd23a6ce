/**
 * The mask painter: a label map shown as a picture and painted with the
 * pointer (mouse, pen or touch, through pointer events) or the keyboard
 * (usePaintKeys). Strokes paint a working copy (usePaintStroke) and commit
 * when they end. Controlled: the caller owns the committed map, the tool,
 * the class and the brush, and composes the picture of a map.
 */
import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
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

/** The painting surface. */
export function MaskPainter(props: MaskPainterProps) {
  const { committed, size, compose, displayScale, tool, brush } = props;
  const surface = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [cursor, setCursor] = useState<LabelPoint>(
    () => props.initialCursor ?? { x: Math.floor(size.width / 2), y: Math.floor(size.height / 2) },
  );
  const [showCursor, setShowCursor] = useState(false);
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
    pointerToLabel(e.clientX, e.clientY, e.currentTarget.getBoundingClientRect(), size);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    surface.current?.focus({ preventScroll: true });
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
    const p = at(e);
    setCursor(p);
    stroke.extend(p);
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
      onPointerUp={stroke.end}
      onPointerCancel={stroke.end}
      onPointerEnter={() => setShowCursor(true)}
      onPointerLeave={() => setShowCursor(false)}
      onFocus={() => setShowCursor(true)}
      onBlur={() => {
        setShowCursor(false);
        stroke.end();
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
}
