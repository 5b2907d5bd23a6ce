/** The hints of the Lab's segmentation panel: sentences computed from the reader's data. */
import type { SegmentationHint } from '../../../../lab/segmentation/hints';
import { labSegmentationText } from '../../../../i18n/labSegmentation';

const t = labSegmentationText.hints;

/** A titled list of hints, each with `data-hint` = its kind. */
export function HintsList({
  hints,
  names,
}: {
  hints: readonly SegmentationHint[];
  names: readonly string[];
}) {
  if (hints.length === 0) return null;
  return (
    <section className="ba-labseg-hints" aria-label={t.title}>
      <h4 className="m-0 font-semibold">{t.title}</h4>
      <ul className="m-0 list-disc pl-6">
        {hints.map((h) => (
          <li key={h.kind} data-hint={h.kind}>
            {t.text(h, names)}
          </li>
        ))}
      </ul>
    </section>
  );
}
