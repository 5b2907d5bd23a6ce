/**
 * One degraded copy of the blur-versus-noise figure: its heading, the
 * picture from the worker (with the loupe's region outlined), its PSNR right
 * under it, MSE and SSIM (covered until the reader votes), the slider that
 * sets its degradation, plus any extra controls.
 */
import type { ReactNode } from 'react';
import { Slider, type SliderProps } from '../../../../widgets/Slider';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import type { MetricState } from '../../../../worker/protocol';
import { iqText } from '../../../../i18n/imageQuality';
import { PhotoCanvas } from '../shared/PhotoCanvas';
import type { CopyResult } from '../../results';
import type { CropOrigin } from '../../../../widgets/loupe/loupeGeometry';

/** Props of CopyPanel. */
export interface CopyPanelProps {
  heading: string;
  copy: MetricState<CopyResult>;
  /** Size of the photo, used until the copy arrives. */
  size: { width: number; height: number };
  alt: string;
  /** `data-picture` of the picture and `data-subject` of the readouts. */
  subject: string;
  slider: SliderProps;
  /** Classes that cover MSE and SSIM before the reveal. */
  coverClass: string;
  /** The loupe's region, outlined on the picture. */
  crop: { origin: CropOrigin; size: number };
  /** Receives the canvas, so the loupe can crop it. */
  canvasRef: (el: HTMLCanvasElement | null) => void;
  children?: ReactNode;
}

const pct = (v: number, of: number) => `${(100 * v) / of}%`;

/** A copy with its readouts and slider. */
export function CopyPanel({
  heading,
  copy,
  size,
  alt,
  subject,
  slider,
  coverClass,
  crop,
  canvasRef,
  children,
}: CopyPanelProps) {
  const { value, pending, error } = copy;
  const w = value?.width ?? size.width;
  const h = value?.height ?? size.height;
  const t = iqText.readouts;
  return (
    <div className="iq-copy">
      <h3 className="iq-copy__head mt-0 mb-1 text-base font-semibold">{heading}</h3>
      <div className="iq-copy__pic">
        <PhotoCanvas
          ref={canvasRef}
          rgba={value?.rgba}
          width={w}
          height={h}
          alt={alt}
          kind={subject}
          pending={pending}
        >
          <div
            className="iq-crop-outline"
            aria-hidden="true"
            style={{
              left: pct(crop.origin.x, w),
              top: pct(crop.origin.y, h),
              width: pct(crop.size, w),
              height: pct(crop.size, h),
            }}
          />
        </PhotoCanvas>
      </div>
      <div className="iq-copy__nums">
        <ReadoutGrid
          className="iq-psnr mt-1"
          readouts={[{ metric: 'psnr', value: value?.psnr, label: t.psnr, format: 'db' }]}
          shared={{ subject, pending, error }}
        />
        <ReadoutGrid
          className={`iq-copy__more ${coverClass}`}
          readouts={[
            { metric: 'mse', value: value?.mse, label: t.mse, format: 'number', digits: 2 },
            { metric: 'ssim.mssim', value: value?.ssim, label: t.ssim, format: 'fraction' },
          ]}
          shared={{ subject, pending, error }}
        />
      </div>
      <div className="iq-copy__controls">
        <Slider {...slider} classes="mt-2" />
        {children}
      </div>
    </div>
  );
}
