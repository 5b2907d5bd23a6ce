/**
 * Drawings of a person: the silhouette outline and a stick skeleton (limbs
 * and joint dots) of ground truth or prediction. Decorative: the
 * interactive joints are drawn separately and carry the names.
 */
import type { Point } from '../../../../scenes/pose/geometry';
import { LIMBS } from '../../../../scenes/pose/skeleton';
import { POSE_STYLES } from './styles';

/** A silhouette polygon. */
export function Silhouette({ points }: { points: readonly Point[] }) {
  return (
    <polygon points={points.map((p) => `${p[0]},${p[1]}`).join(' ')} className={POSE_STYLES.silhouette} />
  );
}

/** A diamond (a square on its corner) of half-diagonal r around (x, y): the mark of a predicted joint. */
export function Diamond({ x, y, r, className }: { x: number; y: number; r: number; className: string }) {
  return (
    <polygon
      points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`}
      className={`pointer-events-none ${className}`}
    />
  );
}

/** Props of Skeleton. */
export interface SkeletonProps {
  points: readonly Point[];
  kind: 'gt' | 'pred';
  /** Radius of the joint dots in image pixels; 0 draws limbs only. */
  dot: number;
  /** Per joint: false draws it as not labelled (ground truth) or ignored (prediction); limbs to it are left out. */
  counted?: readonly boolean[];
}

/** Limbs and joint marks of one pose: filled dots for ground truth, hollow diamonds for a prediction. */
export function Skeleton({ points, kind, dot, counted }: SkeletonProps) {
  const on = (i: number) => counted?.[i] !== false;
  const limb = kind === 'gt' ? POSE_STYLES.gtLimb : POSE_STYLES.predLimb;
  const joint = kind === 'gt' ? POSE_STYLES.gtJoint : POSE_STYLES.predJoint;
  const off = kind === 'gt' ? POSE_STYLES.gtUnlabelled : POSE_STYLES.predIgnored;
  return (
    <g aria-hidden="true">
      {LIMBS.map(([a, b]) => {
        const p = points[a];
        const q = points[b];
        if (!p || !q || !on(a) || !on(b)) return null;
        return <line key={`${a}-${b}`} x1={p[0]} y1={p[1]} x2={q[0]} y2={q[1]} className={limb} />;
      })}
      {dot > 0 &&
        points.map((p, i) =>
          kind === 'gt' ? (
            <circle key={i} cx={p[0]} cy={p[1]} r={dot} className={on(i) ? joint : off} />
          ) : (
            <Diamond key={i} x={p[0]} y={p[1]} r={dot * 1.3} className={on(i) ? joint : off} />
          ),
        )}
    </g>
  );
}
