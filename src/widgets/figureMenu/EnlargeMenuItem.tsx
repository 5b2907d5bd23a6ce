/**
 * The figure menu's Enlarge action (issue 16): shows the figure alone, fitted
 * to the viewport under a bar with its title and Close, the same way as a
 * presentation slide (widgets/present: isolateFigure, fitFigure). The figure
 * stays where React rendered it, so it keeps working. Esc or Close returns to
 * the page at the figure, with focus on the figure's More button.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { presentText } from '../../i18n/present';
import { useFigureAlone } from '../present/useFigureAlone';
import type { FigureMenuItemProps } from './FigureMenu';

/** Space between the bar and the enlarged figure, in CSS pixels. */
const MARGIN = 16;

/** The Enlarge item of a figure's More menu. */
export function EnlargeMenuItem({ title, figure, close }: FigureMenuItemProps) {
  const [enlarged, setEnlarged] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const figureEl = enlarged ? figure.current : null;

  // the body, laid out for the enlarged figure (present.css), pads it below the bar
  const box = useCallback(() => {
    const style = getComputedStyle(document.body);
    const barHeight = bar.current?.offsetHeight ?? 0;
    const top = Math.max(parseFloat(style.paddingTop), barHeight + MARGIN);
    return {
      width: window.innerWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      height: window.innerHeight - top - parseFloat(style.paddingBottom) - 2,
    };
  }, []);
  useFigureAlone(enlarged, { root: document.body, figure: figureEl, box });

  // focus and scroll go back once the figure is in the page again (after the effect that isolates it)
  const returning = useRef(false);
  const leave = useCallback(() => {
    returning.current = true;
    setEnlarged(false);
  }, []);
  useEffect(() => {
    if (enlarged || !returning.current) return;
    returning.current = false;
    figure.current?.scrollIntoView({ block: 'start' });
    close(true);
  }, [enlarged, figure, close]);

  useEffect(() => {
    if (!enlarged) return;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      leave();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enlarged, leave]);

  return (
    <li>
      <button
        type="button"
        className="ba-button"
        aria-label={presentText.enlargeNamed(title)}
        onClick={() => {
          close(false);
          setEnlarged(true);
        }}
      >
        {presentText.enlarge}
      </button>
      {enlarged
        ? createPortal(
            <div
              ref={bar}
              className="ba-enlarge-bar"
              data-iso-keep=""
              role="region"
              aria-label={presentText.enlargedLabel(title)}
            >
              <p className="ba-enlarge-bar__title">{title}</p>
              <button
                ref={closeButton}
                type="button"
                className="ba-button"
                aria-label={presentText.closeEnlargedNamed(title)}
                onClick={leave}
              >
                {presentText.closeEnlarged}
              </button>
            </div>,
            document.body,
          )
        : null}
    </li>
  );
}
