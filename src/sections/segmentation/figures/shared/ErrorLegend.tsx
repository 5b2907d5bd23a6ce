/**
 * The legend of the error map (TP, FP, FN), shared by the figures that
 * colour pixels by their kind of error. Each swatch carries the pattern of
 * the pictures (TP solid, FP dotted, FN hatched), so the legend does not rely
 * on colour alone.
 */
import type { CSSProperties } from 'react';
import { segmentationText } from '../../../../i18n/segmentation';
import { ERROR_RGB, FP_DOT_RGB } from './compose';
import { Swatch } from '../../../../widgets/Swatch';

const rgb = (c: readonly number[]) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** A swatch of the FP colour with the dark dots of the pictures. */
function DottedSwatch() {
  const style: CSSProperties = {
    backgroundColor: rgb(ERROR_RGB[2]!),
    backgroundImage: `radial-gradient(${rgb(FP_DOT_RGB)} 28%, transparent 32%)`,
    backgroundSize: '5px 5px',
  };
  return (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-4 shrink-0 rounded-sm border border-black/40"
      style={style}
    />
  );
}

/** One line: the swatch and meaning of TP, FP and FN (solid, dotted, hatched), after an optional title. */
export function ErrorLegend({ title }: { title?: string }) {
  const p = segmentationText.painter;
  return (
    <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {title && <span className="font-semibold">{title}:</span>}
      <span className="inline-flex items-center gap-1">
        <Swatch rgb={ERROR_RGB[1]!} /> {p.tp}
      </span>
      <span className="inline-flex items-center gap-1">
        <DottedSwatch /> {p.fp}
      </span>
      <span className="inline-flex items-center gap-1">
        <Swatch rgb={ERROR_RGB[3]!} hatched /> {p.fn}
      </span>
    </p>
  );
}
