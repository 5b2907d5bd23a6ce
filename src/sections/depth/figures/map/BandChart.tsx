/**
 * For each distance band, three bars: its share of the valid pixels, of the
 * squared error (what RMSE is the root of) and of the relative error (what
 * AbsRel averages). Each share is a readout (`depth_scene.<share>` with the
 * band as data-subject), so the numbers are machine-readable as well.
 */
import { depthText } from '../../../../i18n/depth';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import type { BandResult } from '../../results';

const t = depthText.map;

const SERIES = [
  { field: 'pixel_share', label: t.pixelsShare, bar: 'bg-slate-500 dark:bg-slate-400' },
  { field: 'rmse_share', label: t.rmseShare, bar: 'bg-sky-700 dark:bg-sky-400' },
  { field: 'abs_rel_share', label: t.absRelShare, bar: 'bg-amber-600 dark:bg-amber-300' },
] as const;

/** Props of BandChart. */
export interface BandChartProps {
  bands: readonly BandResult[] | undefined;
  pending: boolean;
  error: string | null;
}

/** The band chart. */
export function BandChart({ bands, pending, error }: BandChartProps) {
  return (
    <div role="group" aria-label={t.bandsChart} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {(bands ?? []).map((b) => (
        <div key={b.id} className="rounded border border-slate-300 p-2 dark:border-slate-600">
          <div className="mb-1 font-semibold">{t.bandNames[b.id]}</div>
          {SERIES.map((s) => {
            const v = b[s.field];
            return (
              <div key={s.field} className="mb-1">
                <MetricReadout
                  metric={`depth_scene.${s.field}`}
                  subject={b.id}
                  value={v}
                  pending={pending}
                  error={error}
                  label={s.label}
                  format="percent"
                  digits={1}
                  undefinedReason={t.noErrorShare}
                />
                <div className="h-2 w-full rounded-sm bg-slate-200 dark:bg-slate-700" aria-hidden="true">
                  <div className={`h-2 rounded-sm ${s.bar}`} style={{ width: `${100 * (v ?? 0)}%` }} />
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
