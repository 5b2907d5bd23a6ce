/** The brush outline over the painting surface (decorative; the surface's description says where it is). */
import { cursorBox, type LabelPoint, type LabelSize } from './paintInput';

/** A circle of `diameter` label pixels centred on `at`, drawn in difference mode so it shows on any colour. */
export function BrushCursor({ at, diameter, size }: { at: LabelPoint; diameter: number; size: LabelSize }) {
  const box = cursorBox(at, diameter, size);
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute rounded-full border-2 border-white mix-blend-difference"
      style={{ left: `${box.left}%`, top: `${box.top}%`, width: `${box.width}%`, height: `${box.height}%` }}
    />
  );
}
