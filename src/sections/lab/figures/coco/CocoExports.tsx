/**
 * The COCO panel's exports: the summary, the per-category table and the
 * per-image results, each as CSV and JSON made in the page.
 */
import { labCocoText } from '../../../../i18n/labCoco';
import { categoryRows, imageRows, summaryJson, summaryRows } from '../../../../lab/coco/exportRows';
import type { CocoJobResult } from '../../../../lab/coco/types';
import { DownloadButtons } from '../widgets';

/** Download buttons for the three exports. */
export function CocoExports({ result }: { result: CocoJobResult }) {
  const t = labCocoText.exports;
  const stem = `coco-${result.iouType}`;
  return (
    <div className="flex flex-col gap-2">
      <p className="m-0 text-sm">{t.privacy}</p>
      <div className="flex flex-wrap gap-2">
        <DownloadButtons
          what={t.summary}
          fileName={`${stem}-summary`}
          csv={() => summaryRows(result)}
          json={() => summaryJson(result)}
        />
        <DownloadButtons
          what={t.perCategory}
          fileName={`${stem}-per-category`}
          csv={() => categoryRows(result)}
          json={() => categoryRows(result)}
        />
        <DownloadButtons
          what={t.perImage}
          fileName={`${stem}-per-image`}
          csv={() => imageRows(result)}
          json={() => imageRows(result)}
        />
      </div>
    </div>
  );
}
