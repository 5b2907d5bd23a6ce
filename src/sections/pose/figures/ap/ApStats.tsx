/**
 * The ten COCO keypoint summary numbers (readouts `coco_eval.ap`, `ap50`,
 * `ap75`, `ap_medium`, `ap_large`, `ar`, `ar50`, `ar75`, `ar_medium`, `ar_large`).
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import { KEYPOINT_STATS, type KeypointEvalResult } from '../../results';

const t = poseText.ap;

/** The summary grid. */
export function ApStats({ result }: { result: MetricState<KeypointEvalResult> }) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h4 className="m-0 text-base font-semibold">{t.statsHeading}</h4>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 2xl:grid-cols-5 [&_.ba-readout]:min-w-0">
        {KEYPOINT_STATS.map((k) => (
          <MetricReadout
            key={k}
            metric={`coco_eval.${k}`}
            value={result.value?.[k]}
            pending={result.pending}
            error={result.error}
            label={t.stats[k] ?? k}
            format="fraction"
            digits={3}
            undefinedReason={t.noGt}
          />
        ))}
      </div>
      <p className="m-0 text-sm text-muted">{t.sizesNote}</p>
    </div>
  );
}
