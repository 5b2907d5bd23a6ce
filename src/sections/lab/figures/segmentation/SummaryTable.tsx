/**
 * The per-image and pooled summary of the Lab's segmentation panel, side by
 * side: one row per image pair (readouts with `data-subject="per-image"` and
 * `data-image`), then the pooled row (`data-subject="pooled"`).
 */
import type { SegmentationJobResult } from '../../../../lab/segmentation/segmentationJob';
import type { SegmentationScores } from '../../../../lab/segmentation/scores';
import { labSegmentationText } from '../../../../i18n/labSegmentation';
import { MetricReadout } from '../../../../widgets/MetricReadout';

const t = labSegmentationText.summary;

const COLUMNS = [
  { field: 'pixel_accuracy', label: t.pixelAccuracy },
  { field: 'mean_accuracy', label: t.meanAccuracy },
  { field: 'miou', label: t.miou },
  { field: 'fwiou', label: t.fwiou },
  { field: 'mdice', label: t.mdice },
] as const;

function Row(props: {
  head: string;
  size: string;
  scores: SegmentationScores;
  subject: 'per-image' | 'pooled';
  image?: string;
  pending: boolean;
}) {
  const { head, size, scores, subject, image, pending } = props;
  return (
    <tr data-subject={subject}>
      <th scope="row" className="p-1 text-left align-middle" data-label={t.image}>
        {head}
      </th>
      <td className="p-1 align-middle" data-label={t.size}>
        {size}
      </td>
      {COLUMNS.map((c) => (
        <td key={c.field} className="p-1 align-middle" data-label={c.label}>
          <MetricReadout
            metric={`segmentation.${c.field}`}
            subject={subject}
            data={image ? { image } : undefined}
            label={<span className="sr-only">{t.cell(c.label, head)}</span>}
            value={scores[c.field]}
            format="fraction"
            digits={3}
            pending={pending}
            headline={subject === 'pooled' && c.field === 'miou'}
          />
        </td>
      ))}
    </tr>
  );
}

/** The per-image rows and the pooled row. */
export function SummaryTable({ result, pending }: { result: SegmentationJobResult; pending: boolean }) {
  return (
    <table className="ba-table ba-table--stack ba-readouts-compact w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="p-1 text-left">
            {t.image}
          </th>
          <th scope="col" className="p-1 text-left">
            {t.size}
          </th>
          {COLUMNS.map((c) => (
            <th key={c.field} scope="col" className="p-1 text-left">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.images.map((im) => (
          <Row
            key={im.gtFile + '\u0000' + im.predFile}
            head={im.gtFile === im.predFile ? im.gtFile : `${im.gtFile} / ${im.predFile}`}
            size={`${im.width}×${im.height}`}
            scores={im.scores}
            subject="per-image"
            image={im.gtFile}
            pending={pending}
          />
        ))}
        <Row
          head={t.pooled}
          size={`${result.pooled.pixels.toLocaleString('en')} px`}
          scores={result.pooled}
          subject="pooled"
          pending={pending}
        />
      </tbody>
    </table>
  );
}
