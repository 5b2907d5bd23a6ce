/**
 * The AP table of the AP figure: VOC 2007 11-point, VOC all-point and COCO
 * 101-point AP for each class and their mean (mAP), every value a readout
 * (data-metric ap_voc07 / ap_voc / ap_coco101, data-class car / person, or
 * data-subject mAP for the mean).
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { detectionText } from '../../../../i18n/detection';
import { STREET_CLASSES } from '../../../../scenes/detection/streetScene';
import type { MatchResult } from '../shared/results';
import { COMPACT_READOUTS } from '../shared/compact';

const t = detectionText.ap;
const KEYS = ['ap_voc07', 'ap_voc', 'ap_coco101'] as const;

/** Props: the full `detection_match` result (all classes), pending and error state. */
export interface ApTableProps {
  result: MatchResult | undefined;
  pending: boolean;
  error: string | null;
}

/** The table of the nine AP readouts. */
export function ApTable({ result, pending, error }: ApTableProps) {
  const byClass = (cls: string) => result?.classes.find((c) => c.class === cls);
  return (
    <table className={`w-full border-collapse text-sm ${COMPACT_READOUTS}`}>
      <caption className="mb-1 text-left font-semibold">{t.apTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left font-normal">
            {t.apMethodHeader}
          </th>
          {STREET_CLASSES.map((c) => (
            <th key={c} scope="col" className="px-1 text-left">
              {detectionText.classes[c]}
            </th>
          ))}
          <th scope="col" className="px-1 text-left">
            {t.mean}
          </th>
        </tr>
      </thead>
      <tbody>
        {KEYS.map((k) => (
          <tr key={k} className="border-t border-border">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {t.apRows[k]}
            </th>
            {STREET_CLASSES.map((c) => (
              <td key={c} className="px-1">
                <MetricReadout
                  metric={k}
                  className={c}
                  value={result ? (byClass(c)?.[k] ?? null) : undefined}
                  pending={pending}
                  error={error}
                  label={
                    <span className="sr-only">{t.apCell(t.apRows[k], detectionText.classes[c] ?? c)}</span>
                  }
                  format="fraction"
                />
              </td>
            ))}
            <td className="px-1">
              <MetricReadout
                metric={k}
                subject="mAP"
                value={result ? result[k] : undefined}
                pending={pending}
                error={error}
                label={<span className="sr-only">{t.apCell(t.apRows[k], t.mean)}</span>}
                format="fraction"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
