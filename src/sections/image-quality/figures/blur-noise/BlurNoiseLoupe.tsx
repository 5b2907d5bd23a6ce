/**
 * The loupe of the blurry-versus-noisy figure: the original, smaller, with a
 * square the reader moves, and the same region of the original, the blurred
 * and the noisy copy enlarged side by side. The copies are cropped from
 * their canvases with drawImage (no pixel loop on the main thread).
 */
import { useState } from 'react';
import { photoPath, type PhotoInfo } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import { Loupe } from '../../../../widgets/loupe/Loupe';
import { clampOrigin, type CropOrigin } from '../../../../widgets/loupe/loupeGeometry';

/** Side of the loupe's square, image pixels. */
export const LOUPE_SIZE = 32;

/** Where the square starts on each photo: a region with fine detail (the face; the cup's rim). */
const START: Readonly<Record<string, CropOrigin>> = {
  astronaut: { x: 184, y: 88 },
  coffee: { x: 284, y: 150 },
};

/** The loupe's state: square position (per photo) and the canvases it crops from. */
export interface LoupeState {
  origin: CropOrigin;
  size: number;
  setOrigin: (o: CropOrigin) => void;
  canvases: { blurred: HTMLCanvasElement | null; noisy: HTMLCanvasElement | null };
  refs: { blurred: (el: HTMLCanvasElement | null) => void; noisy: (el: HTMLCanvasElement | null) => void };
}

type Size = Pick<PhotoInfo, 'width' | 'height'>;

/** React hook: the loupe square of `photo` (it starts on a detailed region of each photo). */
export function useLoupe(photo: string, info: Size): LoupeState {
  const [moved, setMoved] = useState<{ photo: string; origin: CropOrigin } | null>(null);
  const [blurred, setBlurred] = useState<HTMLCanvasElement | null>(null);
  const [noisy, setNoisy] = useState<HTMLCanvasElement | null>(null);
  const start = START[photo] ?? { x: (info.width - LOUPE_SIZE) / 2, y: (info.height - LOUPE_SIZE) / 2 };
  const origin = clampOrigin(
    moved?.photo === photo ? moved.origin : start,
    LOUPE_SIZE,
    info.width,
    info.height,
  );
  return {
    origin,
    size: LOUPE_SIZE,
    setOrigin: (o) => setMoved({ photo, origin: o }),
    canvases: { blurred, noisy },
    refs: { blurred: setBlurred, noisy: setNoisy },
  };
}

/** Props of BlurNoiseLoupe. */
export interface BlurNoiseLoupeProps {
  loupe: LoupeState;
  info: Pick<PhotoInfo, 'width' | 'height' | 'alt' | 'file'>;
  /** The copies' pixels: the crops redraw when they change. */
  versions: { blurred: unknown; noisy: unknown };
}

/** The loupe over the original, with crops of the original and both copies. */
export function BlurNoiseLoupe({ loupe, info, versions }: BlurNoiseLoupeProps) {
  const t = iqText.blurNoise;
  const [original, setOriginal] = useState<HTMLImageElement | null>(null);
  const src = photoPath(info);
  return (
    <div className="mt-3">
      <h4 className="mt-0 mb-1 text-base font-semibold">{t.loupe.heading}</h4>
      <Loupe
        width={info.width}
        height={info.height}
        size={loupe.size}
        origin={loupe.origin}
        onMove={loupe.setOrigin}
        text={t.loupe}
        overview={
          <img
            key={src}
            src={src}
            width={info.width}
            height={info.height}
            alt={info.alt}
            draggable={false}
            className="rounded border border-border"
            onLoad={(e) => setOriginal(e.currentTarget)}
          />
        }
        sources={[
          {
            id: 'original',
            label: t.original,
            source: original?.src.endsWith(info.file) ? original : null,
            version: original,
          },
          { id: 'blurred', label: t.blurred, source: loupe.canvases.blurred, version: versions.blurred },
          { id: 'noisy', label: t.noisy, source: loupe.canvases.noisy, version: versions.noisy },
        ]}
      />
    </div>
  );
}
