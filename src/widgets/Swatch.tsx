/**
 * A small square of colour for legends. Decorative: the text next to it
 * names what the colour means.
 */
import { swatchBackground } from './swatchColour';

/** A square of `rgb` (0-255 channels), optionally hatched with white (e.g. "missed" pixels). */
export function Swatch({ rgb, hatched = false }: { rgb: readonly number[]; hatched?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-4 shrink-0 rounded-sm border border-black/40"
      style={{ background: swatchBackground(rgb, hatched) }}
    />
  );
}
