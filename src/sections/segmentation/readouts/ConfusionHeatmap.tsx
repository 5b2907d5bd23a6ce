/**
 * The confusion-matrix heatmap: rows are true classes, columns predicted
 * classes; counts or row shares, coloured with d3's blue scale and rendered
 * by React as a table. Hovering or focusing a cell says what it means.
 */
import { useState } from 'react';
import { segmentationText } from '../../../i18n/segmentation';
import { CLASS_NAMES } from '../classes';
import { describeCell, rowShares } from '../confusionView';
import { heatScale, textOn } from './heatColour';
import { ScrollArea } from '../../../widgets/ScrollArea';

const t = segmentationText.metrics;

/** Props of ConfusionHeatmap. */
export interface ConfusionHeatmapProps {
  confusion: number[][];
  view: 'counts' | 'shares';
}

/** The heatmap table with its live description line. */
export function ConfusionHeatmap({ confusion, view }: ConfusionHeatmapProps) {
  const [active, setActive] = useState<[number, number] | null>(null);
  const shares = rowShares(confusion);
  const max = Math.max(0, ...confusion.flat());
  const colour = heatScale(view, max);
  const names = CLASS_NAMES.map((n) => segmentationText.classNames[n]);
  const describe = (r: number, c: number) =>
    describeCell(names, r, c, confusion[r]?.[c] ?? 0, shares[r]?.[c] ?? null);

  return (
    <div className="flex flex-col gap-2">
      <ScrollArea label={t.confusion}>
        <table className="border-collapse text-sm tabular-nums">
          <caption className="mb-1 text-left font-semibold">{t.confusion}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left align-bottom text-xs">
                {t.truthAxis} ↓ / {t.predictedAxis} →
              </th>
              {names.map((n) => (
                <th key={n} scope="col" className="p-1 text-center">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {confusion.map((row, r) => (
              <tr key={r}>
                <th scope="row" className="p-1 text-left">
                  {names[r]}
                </th>
                {row.map((count, c) => {
                  const share = shares[r]?.[c] ?? null;
                  const value = view === 'counts' ? count : (share ?? 0);
                  const bg = colour(value);
                  const text =
                    view === 'counts'
                      ? count.toLocaleString('en')
                      : share === null
                        ? '–'
                        : `${(share * 100).toFixed(1)} %`;
                  const isActive = active?.[0] === r && active[1] === c;
                  return (
                    <td
                      key={c}
                      tabIndex={0}
                      aria-label={describe(r, c)}
                      onMouseEnter={() => setActive([r, c])}
                      onFocus={() => setActive([r, c])}
                      className={`min-w-12 p-1 text-center sm:min-w-16 sm:p-2 ${r === c ? 'font-bold' : ''} ${isActive ? 'outline outline-2 outline-offset-[-2px]' : ''}`}
                      style={{ backgroundColor: bg, color: textOn(bg) }}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p aria-live="polite" className="min-h-12 text-sm" data-confusion-description="">
        {active ? describe(active[0], active[1]) : t.cellHint}
      </p>
    </div>
  );
}
