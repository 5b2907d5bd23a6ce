/**
 * A photo-sized picture computed in the worker, shown by the shared
 * RgbaCanvas widget in the section's photo frame. The canvas element is
 * passed to `ref` (the loupe crops from it).
 */
import { forwardRef, type ReactNode } from 'react';
import { iqText } from '../../../../i18n/imageQuality';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';

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

/** One picture, redrawn whenever a new buffer arrives. */
export const PhotoCanvas = forwardRef<HTMLCanvasElement, PhotoCanvasProps>(function PhotoCanvas(
  { kind, children, ...picture },
  ref,
) {
  return (
    <RgbaCanvas
      ref={ref}
      {...picture}
      loadingAlt={iqText.canvas.loading}
      data-picture={kind}
      className="rounded border border-border bg-surface-2"
    >
      {children ?? null}
    </RgbaCanvas>
  );
});
