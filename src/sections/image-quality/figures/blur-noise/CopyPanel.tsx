/**
 * One degraded copy of the blur-versus-noise figure: its heading, the
 * picture from the worker, the slider that sets its degradation and its
 * readouts (covered until the reader votes), plus any extra controls.
 */
import type { ReactNode } from 'react';
import { Slider, type SliderProps } from '../../../../widgets/Slider';
import type { MetricState } from '../../../../worker/protocol';
import { CopyReadouts } from '../shared/CopyReadouts';
import { PhotoCanvas } from '../shared/PhotoCanvas';
import type { CopyResult } from '../../results';

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
  /** Classes that cover the readouts before the reveal. */
  coverClass: string;
  children?: ReactNode;
}

/** A copy with its slider and readouts. */
export function CopyPanel({
  heading,
  copy,
  size,
  alt,
  subject,
  slider,
  coverClass,
  children,
}: CopyPanelProps) {
  return (
    <div>
      <h4 className="mt-0 mb-2 text-base font-semibold">{heading}</h4>
      <PhotoCanvas
        rgba={copy.value?.rgba}
        width={copy.value?.width ?? size.width}
        height={copy.value?.height ?? size.height}
        alt={alt}
        kind={subject}
        pending={copy.pending}
      />
      <Slider {...slider} classes="mt-2" />
      <div className={`mt-2 ${coverClass}`}>
        <CopyReadouts result={copy} subject={subject} />
      </div>
      {children}
    </div>
  );
}
