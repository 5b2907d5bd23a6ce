/**
 * The painting surface: the scene with its overlays, painted with the
 * pointer (mouse, pen or touch) or the keyboard. A stroke paints into a
 * working copy and redraws at once; the mask is committed when the stroke
 * ends, so a stroke never waits for React's store or the metrics worker.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { segmentationText } from '../../../i18n/segmentation';
import { CLASS_ID, SCENE_HEIGHT, SCENE_WIDTH } from '../classes';
import { paintSegment, stamp } from '../brush';
import { floodFill } from '../floodFill';
import { composePicture, type OverlayOptions } from '../compose';
import { LabelCanvas } from '../LabelCanvas';

const t = segmentationText.painter;

/** Output pixels per label pixel: room for thin outlines and hatching. */
export const DISPLAY_SCALE = 4;

/** Props of PaintCanvas. */
export interface PaintCanvasProps {
  committed: Uint8Array;
  gt: Uint8Array;
  photo: Uint8ClampedArray;
  overlays: OverlayOptions;
  tool: 'brush' | 'eraser' | 'fill';
  cls: number;
  size: number;
  /** A finished edit: the new mask. */
  onCommit: (next: Uint8Array) => void;
  /** The mask while a stroke is in progress (null when it ends), at most once per frame. */
  onLive: (live: Uint8Array | null) => void;
  onUndo: () => void;
  onRedo: () => void;
}

type Point = { x: number; y: number };

const clamp = (v: number, hi: number) => Math.min(hi, Math.max(0, v));

/** The painting surface of the painter figure. */
export function PaintCanvas(props: PaintCanvasProps) {
  const { committed, gt, photo, overlays, tool, cls, size, onCommit, onLive, onUndo, onRedo } = props;
  const surface = useRef<HTMLDivElement>(null);
  const work = useRef<Uint8Array | null>(null);
  const last = useRef<Point | null>(null);
  const frame = useRef<number | null>(null);
  const [stroke, setStroke] = useState<{ data: Uint8Array; n: number } | null>(null);
  const [cursor, setCursor] = useState<Point>({ x: 130, y: 86 });
  const [showCursor, setShowCursor] = useState(false);
  const paintClass = tool === 'eraser' ? CLASS_ID.background : cls;

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const picture = useMemo(
    () =>
      composePicture(
        photo,
        gt,
        stroke?.data ?? committed,
        SCENE_WIDTH,
        SCENE_HEIGHT,
        overlays,
        DISPLAY_SCALE,
      ),
    [photo, gt, committed, overlays, stroke],
  );

  const toLabel = (e: PointerEvent<HTMLDivElement>): Point => {
    const rect = e.currentTarget.getBoundingClientRect();
    return {
      x: clamp(Math.floor(((e.clientX - rect.left) / rect.width) * SCENE_WIDTH), SCENE_WIDTH - 1),
      y: clamp(Math.floor(((e.clientY - rect.top) / rect.height) * SCENE_HEIGHT), SCENE_HEIGHT - 1),
    };
  };

  const scheduleLive = () => {
    const data = work.current;
    if (data) setStroke((prev) => ({ data, n: (prev?.n ?? 0) + 1 }));
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (work.current) onLive(work.current.slice());
    });
  };

  const target = (data: Uint8Array) => ({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data });

  const applyAt = (p: Point) => {
    const next = committed.slice();
    const changed =
      tool === 'fill'
        ? floodFill(target(next), p.x, p.y, cls)
        : stamp(target(next), p.x, p.y, size, paintClass);
    if (changed > 0) onCommit(next);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    surface.current?.focus({ preventScroll: true });
    const p = toLabel(e);
    setCursor(p);
    if (tool === 'fill') {
      applyAt(p);
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    work.current = committed.slice();
    last.current = p;
    stamp(target(work.current), p.x, p.y, size, paintClass);
    scheduleLive();
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const p = toLabel(e);
    setCursor(p);
    if (!work.current || !last.current) return;
    paintSegment(target(work.current), last.current.x, last.current.y, p.x, p.y, size, paintClass);
    last.current = p;
    scheduleLive();
  };

  const endStroke = () => {
    const done = work.current;
    work.current = null;
    last.current = null;
    if (!done) return;
    onCommit(done);
    onLive(null);
    setStroke(null);
  };

  /** Starts a keyboard stroke at `p` (Space held down): the arrow keys then paint until Space is released. */
  const startKeyStroke = (p: Point) => {
    work.current = committed.slice();
    last.current = p;
    stamp(target(work.current), p.x, p.y, size, paintClass);
    scheduleLive();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[e.key];
    const ctrl = e.ctrlKey || e.metaKey;
    if (move) {
      const next = {
        x: clamp(cursor.x + move[0], SCENE_WIDTH - 1),
        y: clamp(cursor.y + move[1], SCENE_HEIGHT - 1),
      };
      setCursor(next);
      if (work.current && last.current) {
        paintSegment(target(work.current), last.current.x, last.current.y, next.x, next.y, size, paintClass);
        last.current = next;
        scheduleLive();
      }
    } else if (e.key === ' ' && tool !== 'fill') {
      if (!e.repeat && !work.current) startKeyStroke(cursor);
    } else if (e.key === ' ' || e.key === 'Enter') {
      if (!e.repeat) applyAt(cursor);
    } else if (ctrl && e.key.toLowerCase() === 'z') {
      if (e.shiftKey) onRedo();
      else onUndo();
    } else if (ctrl && e.key.toLowerCase() === 'y') {
      onRedo();
    } else {
      return;
    }
    e.preventDefault();
    setShowCursor(true);
  };

  const half = tool === 'fill' ? 0.5 : size / 2;
  return (
    <div
      ref={surface}
      role="application"
      aria-label={t.surface}
      aria-describedby="segmentation-painter-hint"
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
      onKeyDown={onKeyDown}
      onKeyUp={(e) => {
        if (e.key === ' ') endStroke();
      }}
    >
      <LabelCanvas rgba={picture} width={SCENE_WIDTH * DISPLAY_SCALE} height={SCENE_HEIGHT * DISPLAY_SCALE} />
      {showCursor && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute rounded-full border-2 border-white mix-blend-difference"
          style={{
            left: `${((cursor.x + 0.5 - half) / SCENE_WIDTH) * 100}%`,
            top: `${((cursor.y + 0.5 - half) / SCENE_HEIGHT) * 100}%`,
            width: `${((2 * half) / SCENE_WIDTH) * 100}%`,
            height: `${((2 * half) / SCENE_HEIGHT) * 100}%`,
          }}
        />
      )}
      <p id="segmentation-painter-hint" className="sr-only">
        {t.surfaceHint} {t.cursorAt(cursor.x, cursor.y)}
      </p>
    </div>
  );
}
