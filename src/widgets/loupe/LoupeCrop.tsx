/**
 * One enlarged crop of the loupe: a small canvas of `size` x `size` pixels
 * into which the crop region of a source picture is copied with drawImage
 * (no pixel loop), stretched by CSS with pixelated rendering.
 */
import { useLayoutEffect, useRef } from 'react';
import type { CropOrigin } from './loupeGeometry';

/** Props of LoupeCrop. */
export interface LoupeCropProps {
  /** The picture to crop from (a canvas or a loaded image); null while it is not ready. */
  source: CanvasImageSource | null;
  origin: CropOrigin;
  size: number;
  /** Caption under the crop. */
  label: string;
  /** Accessible name of the crop (what it shows and where). */
  alt: string;
  /** Redraws when this changes (e.g. the source's pixels). */
  version: unknown;
  /** `data-crop` for tests and tools. */
  id: string;
}

/** An enlarged crop with its caption. */
export function LoupeCrop({ source, origin, size, label, alt, version, id }: LoupeCropProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, size, size);
    if (source) ctx.drawImage(source, origin.x, origin.y, size, size, 0, 0, size, size);
  }, [source, origin.x, origin.y, size, version]);
  return (
    <figure className="ba-loupe__crop" data-crop={id}>
      <canvas ref={canvas} width={size} height={size} role="img" aria-label={alt} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
