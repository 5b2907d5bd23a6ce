/**
 * The drawn street in an <svg> of its own size, with the ground-truth box of
 * each of its objects and whatever boxes the figure adds (the children).
 */
import type { ReactNode } from 'react';
import { STREET_OBJECTS, STREET_SIZE } from '../../../../scenes/detection/streetScene';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';
import { BOX_STYLES } from './boxStyles';
import { StreetDrawing } from './StreetDrawing';

/** The street with its ground-truth boxes and the `children` boxes over them; `label` names the image. */
export function StreetWithBoxes({ label, children }: { label: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${STREET_SIZE.width} ${STREET_SIZE.height}`}
      className="h-auto w-full rounded-md"
      role="img"
      aria-label={label}
    >
      <StreetDrawing />
      {STREET_OBJECTS.map((o) => (
        <BoxRect key={o.id} box={o.box} className={BOX_STYLES.gt} />
      ))}
      {children}
    </svg>
  );
}
