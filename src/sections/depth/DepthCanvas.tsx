/**
 * A depth or error map drawn on a canvas at its own resolution and stretched
 * by CSS (pixelated, so every map pixel stays a crisp square). The colouring
 * is done by the pure `colorize` of colormap.ts.
 */
import { useEffect, useRef } from 'react';
import { colorize, type ColorizeOptions } from './colormap';

/** Props of DepthCanvas. */
export interface DepthCanvasProps {
  values: ArrayLike<number> | null;
  width: number;
  height: number;
  colors: Omit<ColorizeOptions, 'width'>;
  /** Text alternative of the picture. */
  alt: string;
  /** A data attribute for tests and tools: what the map shows. */
  kind: string;
}

/** One map, redrawn whenever its values or colours change. */
export function DepthCanvas({ values, width, height, colors, alt, kind }: DepthCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { lo, hi, lut, mask, reverse } = colors;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !values) return;
    const rgba = colorize(values, { lo, hi, lut, mask, reverse, width });
    ctx.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height), 0, 0);
  }, [values, width, height, lo, hi, lut, mask, reverse]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      role="img"
      aria-label={alt}
      data-map={kind}
      className="block h-auto w-full rounded border border-slate-400 [image-rendering:pixelated] dark:border-slate-500"
    />
  );
}
