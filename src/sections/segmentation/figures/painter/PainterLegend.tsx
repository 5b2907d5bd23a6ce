/** The painter's legends: what the class colours and the error colours mean. */
import { segmentationText } from '../../../../i18n/segmentation';
import { Swatch } from '../../../../widgets/Swatch';
import { CLASS_ID, CLASS_NAMES, CLASS_RGB } from '../../../../scenes/segmentation/classes';
import { ErrorLegend } from '../shared/ErrorLegend';

const t = segmentationText.painter;

/** The class legend (truth outline and prediction fills) and the error legend (TP, FP, FN). */
export function PainterLegend() {
  return (
    <>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <span className="font-semibold">{t.legendClasses}:</span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-4 w-4 border-2 border-black bg-white" />{' '}
          {t.legendTruth}
        </span>
        {CLASS_NAMES.slice(1).map((name) => (
          <span key={name} className="inline-flex items-center gap-1">
            <Swatch rgb={CLASS_RGB[CLASS_ID[name]]!} /> {segmentationText.classNames[name]}
          </span>
        ))}
      </div>
      <ErrorLegend title={t.legendErrors} />
    </>
  );
}
