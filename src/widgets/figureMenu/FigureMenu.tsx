/**
 * The "More" menu of every figure (issue 16): a disclosure button on the
 * figure's title line that opens a short list of actions: Enlarge, Make a
 * challenge, Embed, Download PNG, Download SVG. Each action lives in its own
 * file (one job each) and receives the figure it acts on; the menu only opens,
 * closes (Esc, a click outside, or the action itself) and returns focus.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { messages } from '../../i18n/messages';
import { ChallengeMenuItem } from './ChallengeMenuItem';
import { DownloadMenuItems } from './DownloadMenuItems';
import { EmbedMenuItem } from './EmbedMenuItem';
import { EnlargeMenuItem } from './EnlargeMenuItem';

/** What every menu item gets: the figure it acts on and how to close the menu. */
export interface FigureMenuItemProps {
  /** The figure's widget id (`data-widget`). */
  figureId: string;
  /** The figure's title. */
  title: string;
  /** The figure element. */
  figure: RefObject<HTMLElement | null>;
  /** Closes the menu; `returnFocus` puts focus back on the More button (default true). */
  close: (returnFocus?: boolean) => void;
}

/** Props of FigureMenu. */
export interface FigureMenuProps {
  figureId: string;
  title: string;
  figure: RefObject<HTMLElement | null>;
}

/** Three dots (More), drawn in the text colour. */
function MoreIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="3" cy="8" r="1.5" fill="currentColor" />
      <circle cx="8" cy="8" r="1.5" fill="currentColor" />
      <circle cx="13" cy="8" r="1.5" fill="currentColor" />
    </svg>
  );
}

/** The figure's More button and its list of actions. */
export function FigureMenu({ figureId, title, figure }: FigureMenuProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const close = (returnFocus = true) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    wrapper.current?.addEventListener('keydown', onKey);
    const el = wrapper.current;
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      el?.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const item: FigureMenuItemProps = { figureId, title, figure, close };
  return (
    <div className="ba-figure-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="ba-button ba-figure__tool"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={messages.figure.moreNamed(title)}
        onClick={() => setOpen((o) => !o)}
      >
        <MoreIcon />
        <span className="ba-figure__tool-text">{messages.figure.more}</span>
      </button>
      <ul id={listId} className="ba-figure-menu__list" hidden={!open}>
        <EnlargeMenuItem {...item} />
        <ChallengeMenuItem {...item} />
        <EmbedMenuItem {...item} />
        <DownloadMenuItems {...item} />
      </ul>
    </div>
  );
}
