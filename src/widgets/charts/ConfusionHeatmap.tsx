/**
 * A confusion-matrix heatmap: rows are true classes, columns predicted
 * classes; counts or row shares, coloured with d3's blue scale and rendered
 * by React as a table. Every cell is focusable (Tab) and hovering or
 * focusing it says what it means in a live line under the table.
 * Controlled: the caller gives the matrix, its row shares and the view.
 * The table takes its column's width (fixed layout; words wrap, the text
 * shrinks on a phone), so it is never cut off or scrolled sideways.
 */
import { useState } from 'react';
import { cellText, heatScale, textOn, type HeatView } from './heatColour';

/** The heatmap's words. */
export interface ConfusionHeatmapText {
  /** Table caption (also the scroll area's name). */
  caption: string;
  truthAxis: string;
  predictedAxis: string;
  /** Shown before any cell is hovered or focused. */
  hint: string;
}

/** Props of ConfusionHeatmap. */
export interface ConfusionHeatmapProps {
  confusion: readonly (readonly number[])[];
  /** Each row divided by its sum; null for a row with no pixel (0/0). */
  shares: readonly (readonly (number | null)[])[];
  view: HeatView;
  /** Display names of the classes, in row order. */
  names: readonly string[];
  /** The meaning of cell (true r, predicted c) in words. */
  describe: (r: number, c: number) => string;
  text: ConfusionHeatmapText;
}

/** The heatmap table with its live description line. */
export function ConfusionHeatmap({
  confusion,
  shares,
  view,
  names,
  describe,
  text: t,
}: ConfusionHeatmapProps) {
  const [active, setActive] = useState<readonly [number, number] | null>(null);
  const max = Math.max(0, ...confusion.flat());
  const colour = heatScale(view, max);

  return (
    <div className="flex flex-col gap-2">
      <table className="ba-heatmap text-sm">
        <caption className="mb-1 text-left font-semibold">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left align-bottom text-xs">
              {t.truthAxis} ↓ / {t.predictedAxis} →
            </th>
            {names.map((n) => (
              <th key={n} scope="col" className="text-center">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {confusion.map((row, r) => (
            <tr key={r}>
              <th scope="row" className="text-left">
                {names[r]}
              </th>
              {row.map((count, c) => {
                const share = shares[r]?.[c] ?? null;
                const bg = colour(view === 'counts' ? count : (share ?? 0));
                const isActive = active?.[0] === r && active[1] === c;
                return (
                  <td
                    key={c}
                    tabIndex={0}
                    aria-label={describe(r, c)}
                    onMouseEnter={() => setActive([r, c])}
                    onFocus={() => setActive([r, c])}
                    className={`text-center ${r === c ? 'font-bold' : ''} ${isActive ? 'outline outline-2 outline-offset-[-2px]' : ''}`}
                    style={{ backgroundColor: bg, color: textOn(bg) }}
                  >
                    {cellText(view, count, share)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p aria-live="polite" className="min-h-12 text-sm" data-confusion-description="">
        {active ? describe(active[0], active[1]) : t.hint}
      </p>
    </div>
  );
}
