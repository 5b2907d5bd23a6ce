/**
 * A canvas that shows an RGBA picture at its own resolution, stretched by CSS
 * to its column with crisp (pixelated) pixels. React owns the element; the
 * pixels are put with putImageData after each render that changes them,
 * only the band of rows that differs from what is shown (rgbaCanvasCore.ts,
 * dirtyRows), so a brush stroke repaints a band, not the whole picture. Label maps, depth maps and worker-made photos all use it.
 */
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, type ReactNode } from 'react';
import { canvasLabelling, dirtyRows, fitsPicture } from './rgbaCanvasCore';

/** Props of RgbaCanvas. */
export interface RgbaCanvasProps {
  /** RGBA bytes, width x height x 4; absent while the picture is being made. */
  rgba: Uint8ClampedArray | null | undefined;
  width: number;
  height: number;
  /** Text alternative; omit when a focusable parent names the picture (the canvas is then hidden). */
  alt?: string;
  /** Accessible name while `rgba` is absent (e.g. "Loading picture…"). */
  loadingAlt?: string;
  /** True while a newer picture is being computed (`aria-busy`). */
  pending?: boolean;
  /** Extra classes of the canvas (border, background). */
  className?: string;
  /** `data-map` for tests and tools: which map is shown. */
  'data-map'?: string;
  /** `data-picture` for tests and tools: which picture is shown. */
  'data-picture'?: string;
  /** Drawn over the picture (e.g. a marker); the canvas is then wrapped in a positioned box. */
  children?: ReactNode;
}

/** Shows `rgba` on a canvas scaled to the element's CSS width, pixelated. */
export const RgbaCanvas = forwardRef<HTMLCanvasElement, RgbaCanvasProps>(function RgbaCanvas(props, ref) {
  const { rgba, width, height, className = '', children } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  useImperativeHandle(ref, () => canvas.current!, []);
  // what the canvas shows: a repaint puts only the rows that changed (a brush stroke's band)
  const shown = useRef<ImageData | null>(null);
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !rgba || !fitsPicture(rgba, width, height)) return;
    let image = shown.current;
    if (!image || image.width !== width || image.height !== height) {
      image = ctx.createImageData(width, height);
      shown.current = image;
      image.data.set(rgba);
      ctx.putImageData(image, 0, 0);
      return;
    }
    const rows = dirtyRows(image.data, rgba, width);
    if (!rows) return;
    const [first, last] = rows;
    image.data.set(rgba.subarray(first * width * 4, (last + 1) * width * 4), first * width * 4);
    ctx.putImageData(image, 0, 0, 0, first, width, last - first + 1);
  }, [rgba, width, height]);
  const labelling = canvasLabelling({
    alt: props.alt,
    loadingAlt: props.loadingAlt,
    ready: Boolean(rgba),
    pending: props.pending,
  });
  const element = (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className={`block h-auto w-full ${className}`}
      style={{ imageRendering: 'pixelated', aspectRatio: `${width} / ${height}` }}
      role={labelling.role}
      aria-label={labelling.label}
      aria-hidden={labelling.hidden ? 'true' : undefined}
      aria-busy={labelling.busy ? 'true' : undefined}
      data-map={props['data-map']}
      data-picture={props['data-picture']}
    />
  );
  return children === undefined ? (
    element
  ) : (
    <div className="relative">
      {element}
      {children}
    </div>
  );
});
