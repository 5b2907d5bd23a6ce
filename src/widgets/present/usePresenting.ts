/**
 * Whether a figure is shown alone with lecture-hall type (a presentation slide
 * or Enlarge: `html.ba-presenting`, set by useFigureAlone), and the size its
 * labels take there. Charts drawn in SVG read it to draw their labels at the
 * slide's type size: CSS cannot size a label given in user units to a
 * rendered size, since the drawing's scale is only known after layout.
 */
import { useSyncExternalStore } from 'react';

/** The class useFigureAlone puts on the root element while a figure is shown alone. */
export const PRESENTING_CLASS = 'ba-presenting';

function subscribe(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => undefined;
  const observer = new MutationObserver(onChange);
  // the class says "presenting"; the style holds the fit's type boost (fitFigure.ts), which sets rem
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  return () => observer.disconnect();
}

function presenting(): boolean {
  return typeof document !== 'undefined' && document.documentElement.classList.contains(PRESENTING_CLASS);
}

/** The root font size (1rem, the slide's type size) while presenting, else 0. */
function labelPxSnapshot(): number {
  if (!presenting()) return 0;
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 0;
}

/** True while the page shows a figure alone with lecture-hall type; re-renders when that changes. */
export function usePresenting(): boolean {
  return useSyncExternalStore(subscribe, presenting, () => false);
}

/**
 * The size, in CSS px before the fit's zoom, of a chart label on a slide or an
 * enlarged figure: the slide's type size (1rem there, boosted with the rest of
 * the figure's text); 0 on the page. Pass it to labelUnits as its floor.
 */
export function usePresentLabelPx(): number {
  return useSyncExternalStore(subscribe, labelPxSnapshot, () => 0);
}
