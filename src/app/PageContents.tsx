/**
 * The in-page contents of a section, built from the page itself: after the
 * page renders, it lists the page's `figure[data-widget]` by their titles
 * (the element their `aria-labelledby` names), in document order, and marks
 * the figure the reader is at with `aria-current="location"` (an
 * IntersectionObserver tells when figures move on or off the screen). Each
 * entry is a link `#/<slug>?w=<widget id>` (the share-link target, so it also
 * works in a new tab); a click scrolls the figure into view directly.
 * Wide screens show it sticky in the left margin; narrow screens show a
 * one-line disclosure bar (CSS in shell.css).
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { messages } from '../i18n/messages';
import { buildHash } from '../state/location';
import { currentEntry, sameEntries, type ContentsEntry } from './pageContents';

/** Props of PageContents. */
export interface PageContentsProps {
  /** The element that holds the page. */
  root: RefObject<HTMLElement | null>;
  /** The section's route path, e.g. `/detection`. */
  path: string;
}

function figureTitle(figure: Element): string {
  const ids = (figure.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const text = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  return text || (figure.getAttribute('aria-label') ?? figure.getAttribute('data-widget') ?? '');
}

function pageFigures(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('figure[data-widget]')];
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** Scrolls a figure into view, opening the closed `details` around it first. */
function showFigure(figure: HTMLElement): void {
  for (let el = figure.parentElement; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
  }
  figure.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  if (figure.tabIndex >= 0 || figure.hasAttribute('tabindex')) figure.focus({ preventScroll: true });
}

/** Lists the page's figures; marks where the reader is. */
export function PageContents({ root, path }: PageContentsProps) {
  const [entries, setEntries] = useState<ContentsEntry[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  // The entry the reader just followed: it stays marked until the reader scrolls by hand.
  const pinned = useRef<string | null>(null);
  const [open, setOpen] = useState(false);
  const listId = useId();

  // Collect the figures once the page has rendered, and again when it changes.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let timer: number | undefined;
    const collect = () => {
      timer = undefined;
      const next = pageFigures(el).map((f) => ({
        id: f.getAttribute('data-widget') ?? '',
        title: figureTitle(f),
      }));
      setEntries((prev) => (sameEntries(prev, next) ? prev : next));
    };
    collect();
    const observer = new MutationObserver(() => {
      timer ??= window.setTimeout(collect, 150);
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [root]);

  // Mark the figure the reader is at.
  useEffect(() => {
    const el = root.current;
    if (!el || entries.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const figures = pageFigures(el);
    const update = () => {
      const boxes = figures.map((f) => {
        const r = f.getBoundingClientRect();
        return { id: f.getAttribute('data-widget') ?? '', top: r.top, bottom: r.bottom };
      });
      const id = currentEntry(boxes, window.innerHeight, pinned.current);
      if (id !== null) setCurrent(id);
    };
    const unpin = () => {
      pinned.current = null;
    };
    const observer = new IntersectionObserver(update, {
      threshold: [0, 0.25, 0.5, 0.75, 1],
      rootMargin: '0px 0px -60% 0px',
    });
    for (const f of figures) observer.observe(f);
    update();
    // Scrolling inside a tall figure crosses no threshold: also look once per frame while scrolling.
    let frame = 0;
    const onScroll = () => {
      frame ||= window.requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const hand = ['wheel', 'touchstart', 'keydown'] as const;
    for (const type of hand) window.addEventListener(type, unpin, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      if (frame) window.cancelAnimationFrame(frame);
      for (const type of hand) window.removeEventListener(type, unpin);
    };
  }, [root, entries]);

  if (entries.length === 0) return null;
  const currentTitle = entries.find((e) => e.id === current)?.title;
  return (
    <nav aria-label={messages.app.onThisPage} className="ba-contents" data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        className="ba-contents__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="ba-contents__toggle-text">
          {currentTitle ? messages.app.onThisPageAt(currentTitle) : messages.app.onThisPage}
        </span>
      </button>
      <p className="ba-contents__heading" aria-hidden="true">
        {messages.app.onThisPage}
      </p>
      <ol id={listId} className="ba-contents__list">
        {entries.map((e) => (
          <li key={e.id}>
            <a
              href={buildHash(path, { w: e.id })}
              data-target={e.id}
              aria-current={e.id === current ? 'location' : undefined}
              onClick={(event) => {
                const figure = root.current?.querySelector<HTMLElement>(
                  `figure[data-widget="${CSS.escape(e.id)}"]`,
                );
                if (!figure) return;
                event.preventDefault();
                pinned.current = e.id;
                setCurrent(e.id);
                setOpen(false);
                showFigure(figure);
              }}
            >
              {e.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
