/**
 * The ranking table of "More ways to fool PSNR": the four copies in the
 * reader's order, with their rank by PSNR, by SSIM and by eye, buttons to
 * move a copy up or down, and how often the rankings agree.
 */
import { iqText } from '../../../../i18n/imageQuality';
import { VARIANTS, type Variant } from '../../state';
import { agreement, moveItem, ranksByOrder, ranksByValue } from './ranking';
import { TableHead } from '../../../../widgets/TableHead';

/** Props of RankTable. */
export interface RankTableProps {
  /** PSNR and SSIM of each variant, in VARIANTS order (undefined while computing). */
  psnr: readonly (number | undefined)[];
  ssim: readonly (number | undefined)[];
  /** The reader's order, best first. */
  eye: readonly Variant[];
  onEye: (order: Variant[]) => void;
}

const t = iqText.fool.table;

/** Ranks by PSNR, SSIM and eye, with the reader's reorder buttons. */
export function RankTable({ psnr, ssim, eye, onEye }: RankTableProps) {
  const ready = psnr.every((v) => v !== undefined) && ssim.every((v) => v !== undefined);
  const byPsnr = ranksByValue(psnr);
  const bySsim = ranksByValue(ssim);
  const byEye = ranksByOrder(VARIANTS, eye);
  const total = VARIANTS.length;
  return (
    <div
      className="relative mt-4 max-w-full overflow-x-auto"
      role="region"
      aria-label={t.caption}
      tabIndex={0}
    >
      <table className="iq-table ba-table ba-table--stack" data-table="ranking">
        <caption>{t.caption}</caption>
        <TableHead columns={[t.byEye, t.variant, t.byPsnr, t.bySsim]} />
        <tbody>
          {eye.map((id, index) => {
            const i = VARIANTS.indexOf(id);
            const name = iqText.fool.variants[id] ?? id;
            return (
              <tr key={id} data-variant={id}>
                <td data-label={t.byEye}>
                  <span className="inline-flex items-center gap-1">
                    <span data-rank="eye" className="inline-block w-5 text-center font-semibold">
                      {index + 1}
                    </span>
                    <button
                      type="button"
                      className="ba-icon-button"
                      aria-label={t.moveUp(name)}
                      disabled={index === 0}
                      onClick={() => onEye(moveItem(eye, index, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="ba-icon-button"
                      aria-label={t.moveDown(name)}
                      disabled={index === eye.length - 1}
                      onClick={() => onEye(moveItem(eye, index, 1))}
                    >
                      ↓
                    </button>
                  </span>
                </td>
                <th scope="row" data-label={t.variant}>
                  {name}
                </th>
                <td data-rank="psnr" data-label={t.byPsnr}>
                  {ready ? byPsnr[i] : t.waiting}
                </td>
                <td data-rank="ssim" data-label={t.bySsim}>
                  {ready ? bySsim[i] : t.waiting}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ready ? (
        <p className="mt-2 mb-0">
          {t.agreement(agreement(byEye, byPsnr), agreement(byEye, bySsim), total)}{' '}
          {t.metricsAgree(agreement(byPsnr, bySsim), total)}
        </p>
      ) : null}
    </div>
  );
}
