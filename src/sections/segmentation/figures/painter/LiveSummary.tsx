/**
 * The headline numbers of the painted prediction, shown beside the painting
 * surface (below it on phones) so that the effect of a stroke or a preset is
 * visible without scrolling: pixel accuracy and person IoU first, then mean
 * IoU and car IoU, and a short "accuracy trap" line. Same worker result as
 * the metrics figure.
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { segmentationText } from '../../../../i18n/segmentation';
import { CLASS_ID } from '../../../../scenes/segmentation/classes';
import { accuracyTrap } from '../readouts/trap';
import type { MetricView, SegmentationResult } from '../../results';

const t = segmentationText.painter;

/** Pixel accuracy, person IoU, mean IoU and car IoU, then the trap line. */
export function LiveSummary({ seg }: { seg: MetricView<SegmentationResult> }) {
  const r = seg.value;
  const common = { pending: seg.pending, error: seg.error, format: 'fraction' as const };
  const iou = (cls: 'person' | 'car') => (r ? (r.iou[CLASS_ID[cls]] ?? null) : undefined);
  const trap = r ? accuracyTrap(r) : null;
  const worst = trap?.worst;
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={t.liveHeading} className="seg-live">
        <MetricReadout
          metric="segmentation.pixel_accuracy"
          label={t.livePixelAccuracy}
          value={r?.pixel_accuracy}
          {...common}
          format="percent"
        />
        <MetricReadout
          metric="segmentation.iou"
          className="person"
          label={t.liveIou(segmentationText.classNames.person)}
          value={iou('person')}
          {...common}
        />
        <MetricReadout metric="segmentation.miou" label={t.liveMiou} value={r?.miou} {...common} />
        <MetricReadout
          metric="segmentation.iou"
          className="car"
          label={t.liveIou(segmentationText.classNames.car)}
          value={iou('car')}
          {...common}
        />
      </div>
      <div
        data-callout="accuracy-trap"
        data-active={trap?.active ? 'true' : 'false'}
        role="note"
        aria-label={segmentationText.metrics.trapHeading}
        className={`seg-trap rounded-lg border-l-4 px-3 py-2 ${trap?.active ? 'border-amber-500 bg-amber-500/10' : 'border-current/30'}`}
      >
        <strong>{segmentationText.metrics.trapHeading}: </strong>
        {!r || r.pixel_accuracy === null
          ? segmentationText.metrics.waiting
          : trap?.active && worst
            ? t.trapShort(
                r.pixel_accuracy,
                segmentationText.classNames[worst.cls],
                segmentationText.metrics.trapMetric[worst.metric],
                worst.value,
              )
            : t.trapShortInactive}
      </div>
    </div>
  );
}
