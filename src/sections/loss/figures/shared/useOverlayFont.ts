/**
 * The font size, in viewBox units, of the labels a figure draws over a
 * LinePlot: the same on-screen size as the plot's own labels (16 CSS px on a
 * wide screen, at least 12 on a phone, the slide's type size when presented),
 * measured on the plot's wrapper.
 */
import { useRef } from 'react';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { labelUnits } from '../../../../widgets/svgScale';

/**
 * A ref for the plot's wrapper, the overlay font size for a plot
 * `viewBoxWidth` units wide, and whether the figure is presented (a slide or
 * Enlarge: labels at the slide's type size need more room).
 */
export function useOverlayFont(viewBoxWidth: number) {
  const ref = useRef<HTMLDivElement>(null);
  const floor = usePresentLabelPx();
  const font = labelUnits(useDrawnWidth(ref), viewBoxWidth, 15, 1, floor);
  return { ref, font, presenting: floor > 0 };
}
