/**
 * The headline numbers of the painted prediction, shown right under the
 * painting surface so that the effect of a stroke is visible without
 * scrolling to the metrics figure. Same worker result as that figure.
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { segmentationText } from '../../../../i18n/segmentation';
import { CLASS_ID } from '../../../../scenes/segmentation/classes';
import type { MetricView, SegmentationResult } from '../../results';

const t = segmentationText.painter;

/** Pixel accuracy, mean IoU and the IoU of the person and car classes, in one compact row. */
export function LiveSummary({ seg }: { seg: MetricView<SegmentationResult> }) {
  const r = seg.value;
  const common = { pending: seg.pending, error: seg.error, format: 'fraction' as const };
  const iou = (cls: 'person' | 'car') => (r ? (r.iou[CLASS_ID[cls]] ?? null) : undefined);
  return (
    <div
      role="group"
      aria-label={t.liveHeading}
      className="ba-readouts-compact flex flex-wrap items-start gap-x-4 gap-y-1 rounded border border-current/25 px-2 py-1"
    >
      <MetricReadout
        metric="segmentation.pixel_accuracy"
        label={t.livePixelAccuracy}
        value={r?.pixel_accuracy}
        {...common}
        format="percent"
      />
      <MetricReadout metric="segmentation.miou" label={t.liveMiou} value={r?.miou} {...common} />
      {(['person', 'car'] as const).map((cls) => (
        <MetricReadout
          key={cls}
          metric="segmentation.iou"
          className={cls}
          label={t.liveIou(segmentationText.classNames[cls])}
          value={iou(cls)}
          {...common}
        />
      ))}
    </div>
  );
}
