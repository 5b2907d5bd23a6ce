/**
 * The legend under the pose drawings: ground truth, prediction, silhouette,
 * and optionally more entries (rings, thresholds).
 */
import type { ReactNode } from 'react';
import { poseText } from '../../../../i18n/pose';

/** One legend entry: a swatch (Tailwind classes) and its text. */
export function LegendItem({ swatch, children }: { swatch: string; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className={`inline-block ${swatch}`} />
      {children}
    </span>
  );
}

/** The standard entries plus `extra`. */
export function Legend({ extra }: { extra?: ReactNode }) {
  const t = poseText.legend;
  return (
    <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <LegendItem swatch="h-0.5 w-5 bg-truth">{t.truth}</LegendItem>
      <LegendItem swatch="h-0 w-5 border-t-2 border-dashed border-pred">{t.predicted}</LegendItem>
      <LegendItem swatch="h-3 w-3 rounded-sm border border-muted/60 bg-muted/20">{t.silhouette}</LegendItem>
      {extra}
    </p>
  );
}
