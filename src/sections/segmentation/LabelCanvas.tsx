/**
 * A canvas that shows a small RGBA picture (label-map resolution) scaled up
 * with crisp pixels. React owns the element; the pixels are put with
 * putImageData after each render that changes them.
 */
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';

/** Props of LabelCanvas. */
export interface LabelCanvasProps {
  /** RGBA bytes, width x height x 4. */
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  /** Text alternative; omit when a focusable parent names the picture. */
  alt?: string;
  className?: string;
}

/** Shows `rgba` on a canvas scaled to the element's CSS width, pixelated. */
export const LabelCanvas = forwardRef<HTMLCanvasElement, LabelCanvasProps>(function LabelCanvas(
  { rgba, width, height, alt, className = '' },
  ref,
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useImperativeHandle(ref, () => canvas.current!, []);
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || rgba.length !== width * height * 4) return;
    const image = ctx.createImageData(width, height);
    image.data.set(rgba);
    ctx.putImageData(image, 0, 0);
  }, [rgba, width, height]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className={`block h-auto w-full ${className}`}
      style={{ imageRendering: 'pixelated', aspectRatio: `${width} / ${height}` }}
      role={alt ? 'img' : undefined}
      aria-label={alt}
      aria-hidden={alt ? undefined : 'true'}
    />
  );
});
