/**
 * The legends of the pose drawings: the line under a drawing (ground truth,
 * prediction, silhouette and optional entries such as rings or thresholds)
 * and the chip drawn over a picture, which names ground truth and
 * prediction by shape as well as colour.
 */
import type { ReactNode } from 'react';
import { poseText } from '../../../../i18n/pose';
import { POSE_STYLES } from './styles';

/** One legend entry: a swatch (Tailwind classes, or a drawn mark) and its text. */
export function LegendItem({ swatch, children }: { swatch: string | ReactNode; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      {typeof swatch === 'string' ? <span aria-hidden="true" className={`inline-block ${swatch}`} /> : swatch}
      {children}
    </span>
  );
}

/** A small drawing of a bone and its joint mark: solid with a filled dot, or dashed with a hollow diamond. */
export function MarkSwatch({ kind }: { kind: 'gt' | 'pred' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14" className="shrink-0 overflow-visible">
      {kind === 'gt' ? (
        <>
          <line x1={0} y1={7} x2={18} y2={7} className={POSE_STYLES.gtLimb} />
          <circle cx={21} cy={7} r={4.5} className={POSE_STYLES.gtJoint} />
        </>
      ) : (
        <>
          <line x1={0} y1={7} x2={16} y2={7} className={POSE_STYLES.predLimb} />
          <polygon points="21,1.5 26.5,7 21,12.5 15.5,7" className={POSE_STYLES.predJoint} />
        </>
      )}
    </svg>
  );
}

/** The standard entries plus `extra`. */
export function Legend({ extra }: { extra?: ReactNode }) {
  const t = poseText.legend;
  return (
    <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <LegendItem swatch={<MarkSwatch kind="gt" />}>{t.truth}</LegendItem>
      <LegendItem swatch={<MarkSwatch kind="pred" />}>{t.predicted}</LegendItem>
      <LegendItem swatch="h-3 w-3 rounded-sm border border-muted/60 bg-muted/20">{t.silhouette}</LegendItem>
      {extra}
    </p>
  );
}

/** The legend chip laid over the top-left corner of a picture (its parent is `relative`). */
export function PictureLegend() {
  const t = poseText.legend;
  return (
    <p
      className="pointer-events-none absolute top-1.5 right-1.5 m-0 flex flex-col gap-0.5 rounded border border-border bg-bg/90 px-2 py-1 text-sm leading-tight font-semibold sm:text-base"
      data-picture-legend=""
    >
      <LegendItem swatch={<MarkSwatch kind="gt" />}>{t.truth}</LegendItem>
      <LegendItem swatch={<MarkSwatch kind="pred" />}>{t.predicted}</LegendItem>
    </p>
  );
}
