/**
 * One table of the implementations figure: a row per variant (its name, what
 * it does and the call that produces it, in one cell), the blurred and the noisy copy's
 * score, and which copy the variant ranks higher (in words, not colour).
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { TableHead } from '../../../../widgets/TableHead';
import { iqText } from '../../../../i18n/imageQuality';
import { preferred } from '../blur-noise/preference';
import './implementations.css';

const t = iqText.implementations;
const COPIES = ['blurred', 'noisy'] as const;

/** One variant's scores (the worker's row). */
export interface VariantScores {
  variant: string;
  blurred: number;
  noisy: number;
}

/** Props of VariantTable. */
export interface VariantTableProps {
  caption: string;
  /** `ssim.mssim` or `psnr`. */
  metric: string;
  ids: readonly string[];
  texts: Readonly<Record<string, { name: string; detail: string; call: string }>>;
  rows: readonly VariantScores[] | undefined;
  pending: boolean;
  error: string | null | undefined;
  /** Differences below this count as a tie in the "Ranks higher" column. */
  tie: number;
}

/** A table of variants with readouts `data-metric`, `data-subject` (blurred, noisy) and `data-variant`. */
export function VariantTable(props: VariantTableProps) {
  const { caption, metric, ids, texts, rows, pending, error, tie } = props;
  const isPsnr = metric === 'psnr';
  const label = isPsnr ? t.psnrLabel : t.ssimLabel;
  return (
    <div className="relative max-w-full overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="iq-table iq-impl-table ba-table ba-table--stack">
        <caption>{caption}</caption>
        <TableHead columns={[t.variant, t.blurred, t.noisy, t.ranks]} />
        <tbody>
          {ids.map((id) => {
            const text = texts[id]!;
            const row = rows?.find((r) => r.variant === id);
            const rank = preferred(row?.blurred, row?.noisy, tie);
            return (
              <tr key={id} data-variant={id}>
                <th scope="row">
                  <span className="font-semibold">{text.name}</span>
                  <span className="iq-impl-detail text-muted block font-normal">{text.detail}</span>
                  <code className="iq-impl-call" data-call={id}>
                    {text.call}
                  </code>
                </th>
                {COPIES.map((copy) => (
                  <td
                    key={copy}
                    className="iq-impl-value"
                    data-label={copy === 'blurred' ? t.blurred : t.noisy}
                  >
                    <MetricReadout
                      metric={metric}
                      subject={copy}
                      data={{ variant: id }}
                      value={row?.[copy]}
                      pending={pending}
                      error={error}
                      label={
                        <span className="sr-only">{label(copy === 'blurred' ? t.blurred : t.noisy)}</span>
                      }
                      format={isPsnr ? 'db' : 'number'}
                      digits={isPsnr ? 2 : 3}
                    />
                  </td>
                ))}
                <td data-label={t.ranks}>
                  <span data-rank={rank ?? ''}>{rank ? t.rank[rank] : '…'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
