/**
 * The per-class table of the Lab's segmentation panel for one subject (the
 * pooled images or one image): reference and predicted pixels, IoU, Dice,
 * precision and recall, each value a readout with `data-class` (the class
 * name) and `data-subject`; undefined (0/0) values say why. With many
 * classes, those with no pixel on either side are left out and counted.
 */
import type { SegmentationScores } from '../../../../lab/segmentation/scores';
import { labSegmentationText } from '../../../../i18n/labSegmentation';
import { MetricReadout } from '../../../../widgets/MetricReadout';

const t = labSegmentationText.perClass;

/** Above this many classes, classes with no pixel in the reference or the prediction are not listed. */
export const LIST_ALL_CLASSES_UP_TO = 40;

const COLUMNS = [
  { field: 'iou', label: t.iou, reason: t.undefinedIou },
  { field: 'dice', label: t.dice, reason: t.undefinedIou },
  { field: 'precision', label: t.precision, reason: t.undefinedPrecision },
  { field: 'recall', label: t.recall, reason: t.undefinedRecall },
] as const;

/** Class ids the table lists: all of them, or with many classes those seen on either side. */
export function listedClasses(scores: SegmentationScores): number[] {
  const ids = scores.label_area.map((_, c) => c);
  if (ids.length <= LIST_ALL_CLASSES_UP_TO) return ids;
  return ids.filter((c) => scores.label_area[c]! > 0 || scores.pred_area[c]! > 0);
}

/** The per-class table. */
export function PerClassTable(props: {
  scores: SegmentationScores;
  names: readonly string[];
  subject: 'per-image' | 'pooled';
  subjectName: string;
  image?: string;
  pending: boolean;
}) {
  const { scores, names, subject, subjectName, image, pending } = props;
  const ids = listedClasses(scores);
  const hidden = names.length - ids.length;
  return (
    <div className="min-w-0">
      <table
        className="ba-table ba-table--stack ba-readouts-compact w-full border-collapse text-sm"
        data-subject={subject}
      >
        <caption className="mb-1 text-left font-semibold">{t.caption(subjectName)}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-1 text-left">
              {t.className}
            </th>
            <th scope="col" className="p-1 text-left">
              {t.reference}
            </th>
            <th scope="col" className="p-1 text-left">
              {t.predicted}
            </th>
            {COLUMNS.map((c) => (
              <th key={c.field} scope="col" className="p-1 text-left">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((c) => {
            const name = names[c] ?? `class ${c}`;
            return (
              <tr key={c} data-class={name}>
                <th scope="row" className="p-1 text-left align-middle" data-label={t.className}>
                  {name}
                </th>
                <td className="p-1 align-middle tabular-nums" data-label={t.reference}>
                  {scores.label_area[c]!.toLocaleString('en')}
                </td>
                <td className="p-1 align-middle tabular-nums" data-label={t.predicted}>
                  {scores.pred_area[c]!.toLocaleString('en')}
                </td>
                {COLUMNS.map((col) => (
                  <td key={col.field} className="p-1 align-middle" data-label={col.label}>
                    <MetricReadout
                      metric={`segmentation.${col.field}`}
                      className={name}
                      subject={subject}
                      data={image ? { image } : undefined}
                      label={<span className="sr-only">{t.cell(col.label, name)}</span>}
                      value={scores[col.field][c] ?? null}
                      format="fraction"
                      digits={3}
                      undefinedReason={col.reason}
                      pending={pending}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {hidden > 0 ? <p className="m-0 text-sm">{t.hidden(hidden)}</p> : null}
    </div>
  );
}
