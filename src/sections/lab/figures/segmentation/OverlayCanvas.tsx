/**
 * The error overlay of one label-map pair drawn on a canvas (one canvas
 * pixel per label pixel, scaled up by CSS without smoothing), with a text
 * legend giving each kind's name, colour and pixel count, so it never relies
 * on colour alone.
 */
import { useEffect, useRef } from 'react';
import type { ErrorOverlay } from '../../../../lab/segmentation/overlay';
import { labSegmentationText } from '../../../../i18n/labSegmentation';
import { Swatch } from '../../../../widgets/Swatch';

const t = labSegmentationText.overlay;

/** RGB of each overlay code (OVERLAY order: correct, wrong, ignored, unpredicted). */
export const OVERLAY_RGB = [
  [205, 205, 205],
  [213, 94, 0],
  [0, 0, 0],
  [86, 180, 233],
] as const;

/** The overlay picture and its legend. */
export function OverlayCanvas({ overlay, name }: { overlay: ErrorOverlay; name: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g) return;
    const { width, height, data } = overlay;
    const img = g.createImageData(width, height);
    for (let i = 0; i < data.length; i++) {
      const c = OVERLAY_RGB[data[i]!] ?? OVERLAY_RGB[0];
      img.data[4 * i] = c[0];
      img.data[4 * i + 1] = c[1];
      img.data[4 * i + 2] = c[2];
      img.data[4 * i + 3] = 255;
    }
    g.putImageData(img, 0, 0);
  }, [overlay]);
  const total = overlay.width * overlay.height;
  const kinds = [
    { key: 'correct', label: t.correct, n: overlay.counts.correct, rgb: OVERLAY_RGB[0], hatched: false },
    { key: 'wrong', label: t.wrong, n: overlay.counts.wrong, rgb: OVERLAY_RGB[1], hatched: false },
    { key: 'ignored', label: t.ignored, n: overlay.counts.ignored, rgb: OVERLAY_RGB[2], hatched: false },
    {
      key: 'unpredicted',
      label: t.unpredicted,
      n: overlay.counts.unpredicted,
      rgb: OVERLAY_RGB[3],
      hatched: false,
    },
  ];
  return (
    <div className="ba-labseg-overlay">
      <canvas
        ref={ref}
        width={overlay.width}
        height={overlay.height}
        className="ba-labseg-overlay__canvas"
        role="img"
        aria-label={t.picture(name, overlay.counts)}
        data-overlay={name}
      />
      <ul className="ba-labseg-overlay__legend">
        {kinds.map((k) => (
          <li key={k.key} data-kind={k.key} data-count={k.n}>
            <Swatch rgb={k.rgb} hatched={k.hatched} /> {t.counted(k.label, k.n, total ? k.n / total : 0)}
          </li>
        ))}
      </ul>
    </div>
  );
}
