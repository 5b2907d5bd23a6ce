/**
 * A loupe for comparing photos closely: a square the reader moves over one
 * picture (the overview) by pointer, touch or keyboard, and the same region
 * of every source picture enlarged side by side with crisp pixels. The
 * square is a focusable draggable (arrows 1 image pixel, Shift + arrows 10,
 * Home / End); pressing anywhere on the overview centres it there and drags
 * it. The crops are copied with drawImage; the loupe never loops over a
 * photo's pixels. The root carries `data-crop-origin="x,y"`.
 */
import { useId, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { LoupeCrop } from './LoupeCrop';
import { originAfterKey, originAtPointer, type CropOrigin } from './loupeGeometry';
import './loupe.css';

/** A picture the loupe enlarges. */
export interface LoupeSource {
  /** Stable key, also the crop's `data-crop`. */
  id: string;
  /** Caption of the crop. */
  label: string;
  /** The picture (canvas or loaded image); null while it is not ready. */
  source: CanvasImageSource | null;
  /** Changes whenever the picture's pixels change. */
  version: unknown;
}

/** The texts of a loupe, supplied by the section that uses it. */
export interface LoupeText {
  /** Accessible name of the square, e.g. "Loupe square". */
  square: string;
  /** Where the square is, for screen readers. */
  position: (o: CropOrigin, size: number) => string;
  /** Accessible name of one crop. */
  cropAlt: (label: string, o: CropOrigin, size: number) => string;
  /** One line on how to move the square. */
  hint: string;
}

/** Props of Loupe. */
export interface LoupeProps {
  /** Image size in pixels (every source has this size). */
  width: number;
  height: number;
  /** Side of the crop square, image pixels. */
  size: number;
  origin: CropOrigin;
  onMove: (o: CropOrigin) => void;
  /** The picture the square moves over, drawn at the overview's width. */
  overview: ReactNode;
  sources: readonly LoupeSource[];
  text: LoupeText;
}

const pct = (v: number, of: number) => `${(100 * v) / of}%`;

/** The overview with its movable square, and the enlarged crops. */
export function Loupe({ width, height, size, origin, onMove, overview, sources, text }: LoupeProps) {
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const descId = useId();

  const follow = (e: PointerEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    onMove(originAtPointer(e.clientX - r.left, e.clientY - r.top, r.width, r.height, size, width, height));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = originAfterKey(origin, e.key, e.shiftKey, size, width, height);
    if (!next) return;
    e.preventDefault();
    onMove(next);
  };
  const stop = () => {
    dragging.current = false;
  };

  return (
    <div className="ba-loupe" data-crop-origin={`${origin.x},${origin.y}`} data-crop-size={size}>
      <div className="ba-loupe__overview">
        <div
          ref={box}
          className="ba-loupe__stage"
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            dragging.current = true;
            e.currentTarget.setPointerCapture?.(e.pointerId);
            follow(e);
          }}
          onPointerMove={(e) => {
            if (dragging.current) follow(e);
          }}
          onPointerUp={stop}
          onPointerCancel={stop}
        >
          {overview}
          <div
            role="button"
            tabIndex={0}
            aria-roledescription="draggable"
            aria-label={text.square}
            aria-describedby={descId}
            className="ba-loupe__square"
            onKeyDown={onKeyDown}
            style={{
              left: pct(origin.x, width),
              top: pct(origin.y, height),
              width: pct(size, width),
              height: pct(size, height),
            }}
          />
        </div>
        <p className="ba-loupe__hint">
          <span id={descId}>{text.position(origin, size)}</span> {text.hint}
        </p>
      </div>
      <div className="ba-loupe__crops">
        {sources.map((s) => (
          <LoupeCrop
            key={s.id}
            id={s.id}
            source={s.source}
            origin={origin}
            size={size}
            label={s.label}
            alt={text.cropAlt(s.label, origin, size)}
            version={s.version}
          />
        ))}
      </div>
    </div>
  );
}
