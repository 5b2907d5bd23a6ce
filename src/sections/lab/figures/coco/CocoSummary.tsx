/**
 * The COCO panel's summary: the 12 box stats or 10 keypoint stats as
 * readouts (`coco_eval.ap`, `coco_eval.ap50`, …), with what was evaluated.
 */
import { labCocoText } from '../../../../i18n/labCoco';
import type { CocoJobResult } from '../../../../lab/coco/types';
import { MetricReadout } from '../../../../widgets/MetricReadout';

/** Props of CocoSummary. */
export interface CocoSummaryProps {
  result: CocoJobResult;
  /** True while a newer evaluation runs (the readouts keep their values and say they are busy). */
  pending: boolean;
}

/** The summary readouts and counts. */
export function CocoSummary({ result, pending }: CocoSummaryProps) {
  const t = labCocoText;
  const c = result.counts;
  return (
    <div className="flex flex-col gap-2">
      <p className="m-0" data-coco-counts="">
        {t.counts(
          c.images,
          c.categories,
          c.annotations,
          c.detections,
          c.evaluated,
          result.files.groundTruth,
          result.files.results,
        )}
      </p>
      <div className="ba-lab-coco-stats grid gap-2" data-iou-type={result.iouType}>
        {result.statNames.map((name, i) => (
          <MetricReadout
            key={`${result.iouType}-${name}`}
            metric={`coco_eval.${name}`}
            value={result.stats[i] ?? null}
            pending={pending}
            label={t.statLabel(name)}
            format="fraction"
            headline={name === 'ap' || name === 'ap50'}
            undefinedReason={
              name.endsWith('_small') || name.endsWith('_medium') || name.endsWith('_large')
                ? 'no ground truth of this size'
                : undefined
            }
          />
        ))}
      </div>
      <p className="m-0 text-sm text-muted">
        {t.timings(result.timings.readMs, result.timings.checkMs, result.timings.evaluateMs)}
      </p>
    </div>
  );
}
