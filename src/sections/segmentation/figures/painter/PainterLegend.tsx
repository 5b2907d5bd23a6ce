/**
 * The painter's legends: two chips on the picture (under it on phones) that
 * name its marks, the ground truth (outlines) and the prediction (fills),
 * each with a sample; then the class colours, and the error-map patterns
 * when that overlay is on. Shape and text name each mark, not colour alone.
 */
import { segmentationText } from '../../../../i18n/segmentation';
import { Swatch } from '../../../../widgets/Swatch';
import { CLASS_ID, CLASS_NAMES, CLASS_RGB } from '../../../../scenes/segmentation/classes';
import { ErrorLegend } from '../shared/ErrorLegend';

const t = segmentationText.painter;

/** The two chips that name the picture's marks; the prediction chip says when nothing is predicted. */
export function PainterChips({ predictionEmpty }: { predictionEmpty: boolean }) {
  return (
    <div className="seg-chips" data-legend="painter-marks">
      <span className="seg-chip" data-chip="truth">
        <span aria-hidden="true" className="seg-chip__outline" />
        {t.chipTruth}
      </span>
      <span className="seg-chip" data-chip="prediction">
        <span aria-hidden="true" className="seg-chip__fill" />
        {predictionEmpty ? t.chipPredictionEmpty : t.chipPrediction}
      </span>
    </div>
  );
}

/** The class colours of the fills and (while the error map is on) the error patterns. */
export function PainterLegend({ errors }: { errors: boolean }) {
  return (
    <div className="flex flex-col gap-1 text-sm" data-legend="painter">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {CLASS_NAMES.slice(1).map((name) => (
          <span key={name} className="inline-flex items-center gap-1">
            <Swatch rgb={CLASS_RGB[CLASS_ID[name]]!} /> {segmentationText.classNames[name]}
          </span>
        ))}
      </div>
      {errors && <ErrorLegend title={t.legendErrors} />}
    </div>
  );
}
