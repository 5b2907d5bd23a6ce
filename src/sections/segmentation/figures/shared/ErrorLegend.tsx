/**
 * The legend of the error-map colours (TP, FP, FN), shared by the figures
 * that colour pixels by their kind of error.
 */
import { segmentationText } from '../../../../i18n/segmentation';
import { ERROR_RGB } from './compose';
import { Swatch } from '../../../../widgets/Swatch';

/** One line: the swatch and meaning of TP, FP and FN (FN hatched, as in the pictures), after an optional title. */
export function ErrorLegend({ title }: { title?: string }) {
  const p = segmentationText.painter;
  return (
    <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {title && <span className="font-semibold">{title}:</span>}
      <span className="inline-flex items-center gap-1">
        <Swatch rgb={ERROR_RGB[1]!} /> {p.tp}
      </span>
      <span className="inline-flex items-center gap-1">
        <Swatch rgb={ERROR_RGB[2]!} /> {p.fp}
      </span>
      <span className="inline-flex items-center gap-1">
        <Swatch rgb={ERROR_RGB[3]!} hatched /> {p.fn}
      </span>
    </p>
  );
}
