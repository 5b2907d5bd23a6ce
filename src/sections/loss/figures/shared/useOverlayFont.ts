/**
 * The font size, in viewBox units, of the labels a figure draws over a
 * LinePlot: the same on-screen size as the plot's own labels (16 CSS px on a
 * wide screen, at least 12 on a phone), measured on the plot's wrapper.
 */
import { useRef } from 'react';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { labelUnits } from '../../../../widgets/svgScale';

/** A ref for the plot's wrapper and the overlay font size for a plot `viewBoxWidth` units wide. */
export function useOverlayFont(viewBoxWidth: number) {
  const ref = useRef<HTMLDivElement>(null);
  const font = labelUnits(useDrawnWidth(ref), viewBoxWidth, 15);
  return { ref, font };
}
