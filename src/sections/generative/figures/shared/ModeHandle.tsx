/**
 * A generated mode centre the reader drags (mouse, pen or finger) or moves
 * with the arrow keys (one grid unit = 0.1, Shift 1.0): a focusable circle
 * (role "button", roledescription "draggable") whose accessible name ends with
 * its position in feature units. Built on the shared drag hooks; the hit area
 * grows to 44 CSS px whatever the plane's size.
 */
import { useRef } from 'react';
import { useDragPoint } from '../../../../widgets/drag/useDragPoint';
import { hitHalfSide } from '../../../../widgets/drag/touchTarget';
import { useImagePerScreen } from '../../../../widgets/drag/useImagePerScreen';
import { HALF } from './plane';

/** Props of ModeHandle. */
export interface ModeHandleProps {
  /** Centre in grid units, y up. */
  x: number;
  y: number;
  label: string;
  /** The number drawn beside the handle. */
  tag: string;
  font: number;
  onChange: (x: number, y: number) => void;
}

/** One draggable generated mode centre. */
export function ModeHandle({ x, y, label, tag, font, onChange }: ModeHandleProps) {
  const handlers = useDragPoint([x, -y], [-HALF, -HALF, HALF, HALF], ([nx, ny]) => onChange(nx, -ny));
  const ref = useRef<SVGCircleElement>(null);
  const r = hitHalfSide(6, useImagePerScreen(ref));
  return (
    <g>
      <circle
        cx={x}
        cy={-y}
        r={3.2}
        className="pointer-events-none fill-white stroke-amber-800 dark:fill-slate-900 dark:stroke-amber-300"
        strokeWidth={2.2}
      />
      <text
        x={x + 5}
        y={-y - 5}
        fontSize={font}
        className="pointer-events-none fill-amber-900 font-semibold dark:fill-amber-200"
      >
        {tag}
      </text>
      <circle
        ref={ref}
        cx={x}
        cy={-y}
        r={r}
        fill="transparent"
        role="button"
        aria-roledescription="draggable"
        aria-label={`${label}: x ${(x / 10).toFixed(1)}, y ${(y / 10).toFixed(1)}`}
        tabIndex={0}
        className="ba-draggable cursor-move"
        style={{ touchAction: 'none' }}
        {...handlers}
      />
    </g>
  );
}
