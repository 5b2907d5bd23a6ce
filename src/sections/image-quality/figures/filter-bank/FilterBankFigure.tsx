/**
 * Figure `image-quality.filter-bank`: PSNR, SSIM and a filter-bank feature
 * distance, clearly labelled "not LPIPS", for five copies of a photo. One
 * worker request computes the whole table.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { useMetric } from '../../../../worker/useMetric';
import { iqText } from '../../../../i18n/imageQuality';
import { filterBankWidget } from '../../state';
import { PhotoPicker } from '../shared/PhotoPicker';
import { photoArgs } from '../shared/photoArgs';
import { TableHead } from '../../../../widgets/TableHead';

const t = iqText.filterBank;
const SUBJECTS = ['blurred', 'noisy', 'brightness', 'translation', 'jpeg'] as const;

/** The filter-bank table figure. */
export function FilterBankFigure() {
  const [state, setState] = useWidgetState(filterBankWidget);
  const args = useMemo(
    () => ({ ...photoArgs(state.photo), blur: 1.5, seed: 1, jpeg_quality: 20 }),
    [state.photo],
  );
  const r = useMetric('image_quality_feature_table', args);
  const rows = r.value?.rows;
  const cell = (
    subject: string,
    metric: string,
    field: 'psnr' | 'ssim' | 'feature_distance',
    label: string,
  ) => (
    <MetricReadout
      metric={metric}
      subject={subject}
      value={rows?.find((row) => row.subject === subject)?.[field]}
      pending={r.pending}
      error={r.error}
      label={<span className="sr-only">{label}</span>}
      format={field === 'psnr' ? 'db' : 'number'}
      digits={field === 'psnr' ? 2 : 3}
    />
  );
  return (
    <Figure widget={filterBankWidget} caption={t.caption}>
      <div className="mb-3">
        <PhotoPicker value={state.photo} onChange={(photo) => setState({ photo })} />
      </div>
      <div
        className="relative max-w-full overflow-x-auto"
        role="region"
        aria-label={t.tableCaption}
        tabIndex={0}
      >
        <table className="iq-table ba-table ba-table--stack">
          <caption>{t.tableCaption}</caption>
          <TableHead columns={[t.copy, iqText.readouts.psnr, iqText.readouts.ssim, t.distance]} />
          <tbody>
            {SUBJECTS.map((s) => (
              <tr key={s}>
                <th scope="row" data-label={t.copy}>
                  {t.rows[s]}
                </th>
                <td data-label={iqText.readouts.psnr}>{cell(s, 'psnr', 'psnr', iqText.readouts.psnr)}</td>
                <td data-label={iqText.readouts.ssim}>
                  {cell(s, 'ssim.mssim', 'ssim', iqText.readouts.ssim)}
                </td>
                <td data-label={t.distance}>
                  {cell(s, 'feature_distance_demo', 'feature_distance', t.distance)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Figure>
  );
}
