/**
 * A picture of the SSIM inspector on which the reader picks a pixel: click,
 * or drag with a mouse, pen or finger (pointer events), and, on the one with
 * a `marker`, the arrow keys on the focusable marker (1 pixel, Shift 10).
 * The 11 x 11 window around the pixel is outlined.
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { useId, useRef } from 'react';
import { iqText } from '../../../../i18n/imageQuality';
import { PhotoCanvas, type PhotoCanvasProps } from '../shared/PhotoCanvas';
import { pixelAfterKey, pixelAt, type Pixel } from './pixelPick';

/** Props of PixelPicker. */
export interface PixelPickerProps extends Omit<PhotoCanvasProps, 'children'> {
  pixel: Pixel;
  onPixel: (p: Pixel) => void;
  /** Window side in pixels (outlined around the pixel). */
  windowSize: number;
  /** Whether this picture carries the keyboard marker. */
  marker?: boolean;
}

const pct = (v: number, of: number) => `${(100 * v) / of}%`;

/** A picture with a pixel selector. */
export function PixelPicker({ pixel, onPixel, windowSize, marker, ...canvas }: PixelPickerProps) {
  const { width, height } = canvas;
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const descId = useId();
  const half = (windowSize - 1) / 2;

  const pick = (e: PointerEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    onPixel(pixelAt(e.clientX - r.left, e.clientY - r.top, r.width, r.height, width, height));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = pixelAfterKey(pixel, e.key, e.shiftKey, width, height);
    if (!next) return;
    e.preventDefault();
    onPixel(next);
  };

  return (
    <div
      ref={box}
      className="iq-picker relative"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        pick(e);
      }}
      onPointerMove={(e) => {
        if (dragging.current) pick(e);
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <PhotoCanvas {...canvas} />
      <div
        className="iq-window"
        aria-hidden="true"
        style={{
          left: pct(pixel.x - half, width),
          top: pct(pixel.y - half, height),
          width: pct(windowSize, width),
          height: pct(windowSize, height),
        }}
      />
      {marker ? (
        <div
          role="button"
          tabIndex={0}
          aria-roledescription="draggable"
          aria-label={iqText.inspector.marker}
          aria-describedby={descId}
          className="iq-marker"
          data-x={pixel.x}
          data-y={pixel.y}
          onKeyDown={onKeyDown}
          style={{ left: pct(pixel.x + 0.5, width), top: pct(pixel.y + 0.5, height) }}
        >
          <span id={descId} className="sr-only">
            {iqText.inspector.markerText(pixel.x, pixel.y)}
          </span>
        </div>
      ) : null}
    </div>
  );
}
