/**
 * For each distance band (a row), three bars: its share of the valid pixels,
 * of the squared error (what RMSE is the root of) and of the relative error
 * (what AbsRel averages), one column each, named in the header row. Each
 * share is a compact readout (`depth_scene.bands`, the band as data-subject
 * and the share as data-share), so the numbers are machine-readable as well.
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
    <div
      role="group"
      aria-label={t.bandsChart}
      className="ba-readouts-compact grid grid-cols-[auto_repeat(3,minmax(0,1fr))] items-end gap-x-3 gap-y-1 text-sm"
    >
      <span aria-hidden="true" />
      {SERIES.map((s) => (
        <span key={s.field} aria-hidden="true" className="leading-tight font-medium">
          {s.label}
        </span>
      ))}
      {(bands ?? []).map((b) => (
        <div key={b.id} className="contents">
          <span className="self-center font-semibold whitespace-nowrap">{t.bandNames[b.id]}</span>
          {SERIES.map((s) => {
            const v = b[s.field];
            return (
              <div key={s.field} className="min-w-0">
                <MetricReadout
                  metric="depth_scene.bands"
                  data={{ share: s.field }}
                  subject={b.id}
                  value={v}
                  pending={pending}
                  error={error}
                  label={<span className="sr-only">{`${t.bandNames[b.id]}: ${s.label}`}</span>}
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
