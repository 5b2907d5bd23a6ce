/** The colour key of the SSIM map: viridis from 0 (or below) to 1. */
import { iqText } from '../../../../i18n/imageQuality';

/** A horizontal viridis bar with its two ends labelled. */
export function MapLegend() {
  const t = iqText.inspector;
  return (
    <div className="mt-2 text-sm" role="group" aria-label={t.legend}>
      <div className="iq-legend-bar h-3 w-full rounded" aria-hidden="true" />
      <div className="mt-1 flex justify-between text-muted">
        <span>{t.legendLow}</span>
        <span>{t.legendHigh}</span>
      </div>
    </div>
  );
}
