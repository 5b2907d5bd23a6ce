/**
 * The confusion matrix of the Lab's segmentation panel for one subject, as
 * the shared heatmap (counts or row shares), over the classes the per-class
 * table lists; too many classes to draw are refused with a note.
 */
import type { SegmentationScores } from '../../../../lab/segmentation/scores';
import { labSegmentationText } from '../../../../i18n/labSegmentation';
import { ConfusionHeatmap } from '../../../../widgets/charts/ConfusionHeatmap';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { listedClasses } from './PerClassTable';

const t = labSegmentationText.confusion;

/** Most classes drawn as a matrix. */
export const MAX_MATRIX_CLASSES = 24;

/** The matrix (restricted to the listed classes) with its view switch. */
export function ConfusionView(props: {
  scores: SegmentationScores;
  names: readonly string[];
  view: 'counts' | 'shares';
  onView: (view: 'counts' | 'shares') => void;
}) {
  const { scores, names, view, onView } = props;
  const ids = listedClasses(scores);
  if (ids.length > MAX_MATRIX_CLASSES) return <p className="m-0 text-sm">{t.tooMany(ids.length)}</p>;
  const confusion = ids.map((r) => ids.map((c) => scores.confusion[r]![c]!));
  const shares = ids.map((r) => ids.map((c) => scores.row_shares[r]![c] ?? null));
  const labels = ids.map((c) => names[c] ?? `class ${c}`);
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <RadioGroup
        legend={t.view}
        name="lab-segmentation-confusion-view"
        value={view}
        options={[
          { value: 'counts', label: t.counts },
          { value: 'shares', label: t.shares },
        ]}
        onChange={onView}
      />
      <ConfusionHeatmap
        confusion={confusion}
        shares={shares}
        view={view}
        names={labels}
        describe={(r, c) => t.cell(labels[r]!, labels[c]!, confusion[r]![c]!, shares[r]![c] ?? null)}
        text={{ caption: t.caption, truthAxis: t.truthAxis, predictedAxis: t.predictedAxis, hint: t.hint }}
      />
    </div>
  );
}
