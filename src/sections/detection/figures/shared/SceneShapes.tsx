/**
 * Simple SVG shapes for the drawn scenes: a car seen from the side, a car
 * seen from above, a person, a lamp post and a tree, each filling a box.
 * Colours are fixed like a photo's (the same in both themes).
 */
import type { BoxXywh } from '../../../../lib/geometry';

interface ShapeProps {
  box: BoxXywh;
  color: string;
}

/** A car seen from the side, filling its box. */
export function CarSide({ box, color }: ShapeProps) {
  const [x, y, w, h] = box;
  const r = 0.17 * h;
  return (
    <g>
      <path
        d={`M${x + 0.22 * w},${y + 0.45 * h} L${x + 0.32 * w},${y} L${x + 0.7 * w},${y} L${x + 0.82 * w},${y + 0.45 * h} Z`}
        fill={color}
      />
      <path
        d={`M${x + 0.3 * w},${y + 0.42 * h} L${x + 0.36 * w},${y + 0.1 * h} L${x + 0.66 * w},${y + 0.1 * h} L${x + 0.74 * w},${y + 0.42 * h} Z`}
        fill="#cfe3f0"
      />
      <rect x={x} y={y + 0.4 * h} width={w} height={0.45 * h} rx={0.12 * h} fill={color} />
      <circle cx={x + 0.22 * w} cy={y + h - r} r={r} fill="#222" />
      <circle cx={x + 0.78 * w} cy={y + h - r} r={r} fill="#222" />
    </g>
  );
}

/** A car seen from above (for the car park), filling its box. */
export function CarTop({ box, color }: ShapeProps) {
  const [x, y, w, h] = box;
  const across = w >= h;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={Math.min(w, h) * 0.25} fill={color} />
      <rect
        x={across ? x + 0.25 * w : x + 0.15 * w}
        y={across ? y + 0.15 * h : y + 0.25 * h}
        width={across ? 0.5 * w : 0.7 * w}
        height={across ? 0.7 * h : 0.5 * h}
        rx={Math.min(w, h) * 0.15}
        fill="#cfe3f0"
        opacity={0.8}
      />
    </g>
  );
}

/** A person standing, filling the box. */
export function Person({ box, color }: ShapeProps) {
  const [x, y, w, h] = box;
  const cx = x + w / 2;
  const head = Math.min(0.09 * h, 0.3 * w);
  return (
    <g>
      <circle cx={cx} cy={y + head} r={head} fill="#e0b48f" />
      <rect x={x} y={y + 2 * head + 0.01 * h} width={w} height={0.42 * h} rx={0.2 * w} fill={color} />
      <rect x={x + 0.15 * w} y={y + 0.55 * h} width={0.3 * w} height={0.45 * h} fill="#333a4a" />
      <rect x={x + 0.55 * w} y={y + 0.55 * h} width={0.3 * w} height={0.45 * h} fill="#333a4a" />
    </g>
  );
}

/** A street lamp: a thin pole with a lamp head, filling the box. */
export function LampPost({ box }: { box: BoxXywh }) {
  const [x, y, w, h] = box;
  return (
    <g>
      <rect x={x + 0.35 * w} y={y + 0.1 * h} width={0.3 * w} height={0.9 * h} fill="#4a4f57" />
      <rect x={x} y={y} width={w} height={0.1 * h} rx={0.3 * w} fill="#f2d36b" />
    </g>
  );
}

/** A tree: a crown and a trunk, filling the box. */
export function Tree({ box }: { box: BoxXywh }) {
  const [x, y, w, h] = box;
  return (
    <g>
      <rect x={x + 0.42 * w} y={y + 0.55 * h} width={0.16 * w} height={0.45 * h} fill="#6b4a2b" />
      <ellipse cx={x + w / 2} cy={y + 0.32 * h} rx={w / 2} ry={0.32 * h} fill="#4f8a4a" />
    </g>
  );
}
