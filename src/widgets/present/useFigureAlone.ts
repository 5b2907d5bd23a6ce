/**
 * Shows a figure alone and fitted (isolateFigure + fitFigure) while `active`,
 * with lecture-hall type (`html.ba-presenting`). Used by presentation slides
 * and by Enlarge, so both show a figure the same way.
 */
import { useEffect, type RefObject } from 'react';
import { fitFigure, type FitBox } from './fitFigure';
import { isolateFigure, type IsolateOptions } from './isolateFigure';

/** What useFigureAlone needs. */
export interface FigureAloneOptions extends IsolateOptions {
  /** The element under which everything but the figure is hidden. */
  root: RefObject<HTMLElement | null> | HTMLElement;
  /** The figure (null: hide everything under the root). */
  figure: HTMLElement | null;
  /** The size to fit the figure into (a stable function, e.g. from useCallback). */
  box: () => FitBox;
  /** Changes whenever the box may have changed size without a window resize (e.g. a panel opened). */
  layoutKey?: string;
}

/** Isolates and fits `figure` under `root` while `active`. */
export function useFigureAlone(active: boolean, options: FigureAloneOptions): void {
  const { root, figure, box, layoutKey, hide, headline } = options;
  const hideKey = (hide ?? []).join('\n');
  const headlineKey = (headline ?? []).join('\n');
  useEffect(() => {
    const rootEl = root instanceof HTMLElement ? root : root.current;
    if (!active || !rootEl) return;
    document.documentElement.classList.add('ba-presenting');
    const unisolate = isolateFigure(rootEl, figure, {
      hide: hideKey ? hideKey.split('\n') : [],
      headline: headlineKey ? headlineKey.split('\n') : [],
    });
    const unfit = figure ? fitFigure(figure, box) : () => undefined;
    return () => {
      unfit();
      unisolate();
      document.documentElement.classList.remove('ba-presenting');
    };
    // layoutKey is not read: it only says when to fit again
  }, [active, root, figure, box, hideKey, headlineKey, layoutKey]);
}
