/**
 * A photo-sized picture computed in the worker: the RGBA buffer it sent is
 * put on a canvas as it is (putImageData, no pixel loop here). The canvas
 * keeps the picture's own resolution and is scaled by CSS to its column.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { iqText } from '../../i18n/imageQuality';

/** Props of PhotoCanvas. */
export interface PhotoCanvasProps {
  rgba: Uint8ClampedArray | undefined;
  width: number;
  height: number;
  /** Text alternative of the picture. */
  alt: string;
  /** `data-picture` for tests and tools: what the picture shows. */
  kind: string;
  /** True while a newer picture is being computed. */
  pending?: boolean;
  /** Drawn over the picture (e.g. the inspector's marker). */
  children?: ReactNode;
}

/** One picture on a canvas, redrawn whenever a new buffer arrives. */
export function PhotoCanvas({ rgba, width, height, alt, kind, pending, children }: PhotoCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !rgba || rgba.length !== width * height * 4) return;
    ctx.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height), 0, 0);
  }, [rgba, width, height]);
  return (
    <div className="relative">
      <canvas
        ref={ref}
        width={width}
        height={height}
        role="img"
        aria-label={rgba ? alt : iqText.canvas.loading}
        aria-busy={pending || !rgba ? 'true' : undefined}
        data-picture={kind}
        className="block h-auto w-full rounded border border-border bg-surface-2"
      />
      {children}
    </div>
  );
}
