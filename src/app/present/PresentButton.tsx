/**
 * The section page's "Present" button and key P (focus not in a control):
 * opens presentation mode at the slide of the figure nearest the top of the
 * viewport, with the page's current widget states.
 */
import { useCallback, useEffect, type RefObject } from 'react';
import { presentText } from '../../i18n/present';
import { appStore } from '../../state/store';
import type { SectionDef } from '../sections';
import { isPresentKey } from './keys';
import { currentShare, presentHash } from './presentLinks';
import { loadSectionSlides } from './sectionSlides';
import { buildSlides, pageFigures, slideOfFigure } from './slides';
import './presentButton.css';

/** The widget id of the figure nearest the top of the viewport (null: no figure). */
export function nearestFigure(root: ParentNode, viewportHeight: number = window.innerHeight): string | null {
  let best: { id: string; distance: number } | null = null;
  let below: string | null = null;
  let above: string | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('figure[data-widget]')) {
    const rect = el.getBoundingClientRect();
    const id = el.dataset.widget ?? '';
    if (!id || rect.height === 0) continue;
    if (rect.bottom > 0 && rect.top < viewportHeight) {
      const distance = Math.abs(rect.top);
      if (!best || distance < best.distance) best = { id, distance };
    } else if (rect.top >= viewportHeight) {
      below ??= id;
    } else {
      above = id;
    }
  }
  return best?.id ?? below ?? above;
}

/** Props of PresentButton. */
export interface PresentButtonProps {
  section: SectionDef;
  /** The element the section's figures render in. */
  pageRoot: RefObject<HTMLElement | null>;
}

/** Opens presentation mode at the slide of the figure on screen. */
export function PresentButton({ section, pageRoot }: PresentButtonProps) {
  const open = useCallback(async () => {
    const root = pageRoot.current;
    const figures = root ? pageFigures(root) : [];
    const nearest = root ? nearestFigure(root) : null;
    const slides = buildSlides(figures, await loadSectionSlides(section));
    const index = nearest ? slideOfFigure(slides, nearest) : 0;
    window.location.hash = presentHash(
      section.slug,
      Math.max(0, index) + 1,
      currentShare(appStore.getState()),
    );
  }, [section, pageRoot]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !isPresentKey(event)) return;
      event.preventDefault();
      void open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="ba-present-launch">
      <button
        type="button"
        className="ba-button"
        aria-label={presentText.presentNamed(section.shortTitle)}
        aria-keyshortcuts="P"
        title={presentText.presentHint}
        onClick={() => void open()}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M2 2.5h12v8H2zM8 10.5V13M5.5 13.5h5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        <span className="ba-present-launch__text">{presentText.present}</span>
      </button>
    </div>
  );
}
