/**
 * The root of every widget (DESIGN.md, "Figures"): a `figure` with
 * `data-widget`, named by its title, with compact Reset and Copy link
 * buttons on the title line (the caption under both), the
 * share link shown in a read-only field, and the children inside an error
 * boundary. When the address says `&w=<id>`, the figure scrolls into view and
 * is highlighted. What it needs from the app (the `&w=` target, Reset of a
 * widget state, the share link) comes from the FigureHost context. The
 * figure observes whether it is on or near the screen and tells the readouts
 * inside it (figureVisibility.ts), so the worker door computes them first.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { copyText } from './copyText';
import { ErrorBoundary } from './ErrorBoundary';
import { FigureMenu } from './figureMenu/FigureMenu';
import { useFigureHost } from './figureHost';
import { FigureVisibilityContext, useObservedVisibility } from './figureVisibility';

/** Names a figure either by `id` + `title` or by its widget-state descriptor (`widget`). */
export type FigureIdentity =
  | {
      /** Widget id, e.g. `detection.boxes`: `data-widget`, the `&w=` target, and the state Reset clears. */
      id: string;
      /** Title: the figure's heading and accessible name. */
      title: string;
      widget?: undefined;
    }
  | {
      /** The widget's state descriptor: its id and title name the figure. */
      widget: { readonly id: string; readonly title: string };
      /** Overrides the descriptor's title. */
      title?: string;
      id?: undefined;
    };

/** Props of Figure. */
export type FigureProps = FigureIdentity & FigureOptions;

/** Props of Figure besides its identity. */
export interface FigureOptions {
  /** Caption under the title: what to try. */
  caption?: ReactNode;
  /** What Reset does; default: reset the widget state with the figure's id. */
  onReset?: () => void;
  /** Heading level of the title; default 3. */
  headingLevel?: 2 | 3 | 4;
  /** Extra controls of the figure, in a row under the title line and caption (Reset and Copy link stay on the title line). */
  actions?: ReactNode;
  /**
   * Body layout: `stack` (default) shows the children one under another;
   * `side` puts the body's first child (the picture) on the left and every
   * other child (readouts, controls) beside it on wide screens (>= 64rem),
   * stacked on phones. Sets `data-layout` on the figure (widgets.css), so a
   * section can also write its own grid instead.
   */
  layout?: 'stack' | 'side';
  children: ReactNode;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

/** A circular arrow (Reset), drawn in the text colour. */
function ResetIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M3.5 8a4.5 4.5 0 1 0 1.4-3.3M3.5 2.5v2.8h2.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Two chain links (Copy link), drawn in the text colour. */
function LinkIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A widget's figure: title, caption, Reset, Copy link, error boundary, `&w=` highlight. */
export function Figure(props: FigureProps) {
  const { caption, onReset, headingLevel = 3, actions, layout = 'stack', children } = props;
  const id = props.widget ? props.widget.id : props.id;
  const title = props.title ?? props.widget?.title ?? id;
  const titleId = useId();
  const linkId = useId();
  const ref = useRef<HTMLElement>(null);
  const host = useFigureHost();
  const visibility = useObservedVisibility(ref);
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const linkField = useRef<HTMLInputElement>(null);
  const targeted = host.target?.id === id;
  const targetKey = targeted ? (host.target?.key ?? null) : null;

  useEffect(() => {
    const el = ref.current;
    if (targetKey === null || !el) return;
    el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [targetKey]);

  const reset = onReset ?? (() => host.reset(id));

  const copy = async () => {
    const next = host.shareLink(id);
    setLink(next);
    const ok = await copyText(next);
    setStatus(ok ? 'copied' : 'failed');
    if (!ok) {
      linkField.current?.focus();
      linkField.current?.select();
    }
  };

  const Heading = `h${headingLevel}` as const;
  return (
    <figure
      ref={ref}
      className="ba-figure"
      data-widget={id}
      data-highlighted={targeted ? 'true' : undefined}
      data-layout={layout === 'side' ? 'side' : undefined}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <figcaption className="ba-figure__caption">
        <Heading id={titleId} className="ba-figure__title">
          {title}
        </Heading>
        {caption ? <div className="ba-figure__text">{caption}</div> : null}
        {actions ? <div className="ba-figure__actions">{actions}</div> : null}
        <div className="ba-figure__toolbar">
          <button
            type="button"
            className="ba-button ba-figure__tool"
            onClick={reset}
            aria-label={messages.figure.resetNamed(title)}
          >
            <ResetIcon />
            <span className="ba-figure__tool-text">{messages.figure.reset}</span>
          </button>
          <button
            type="button"
            className="ba-button ba-figure__tool"
            onClick={() => void copy()}
            aria-label={messages.figure.copyLinkNamed(title)}
          >
            <LinkIcon />
            <span className="ba-figure__tool-text">{messages.figure.copyLink}</span>
          </button>
          <FigureMenu figureId={id} title={title} figure={ref} />
        </div>
      </figcaption>
      {link !== null ? (
        <div className="ba-figure__share">
          <label htmlFor={linkId}>{messages.figure.shareLink}</label>
          <input
            id={linkId}
            ref={linkField}
            className="ba-figure__share-input"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span role="status" className="ba-figure__share-status">
            {status === 'copied'
              ? messages.figure.copied
              : status === 'failed'
                ? messages.figure.copyFailed
                : ''}
          </span>
        </div>
      ) : null}
      <div className="ba-figure__body">
        <ErrorBoundary title={messages.errors.widgetFailed(title)} onReset={reset}>
          <FigureVisibilityContext.Provider value={visibility}>{children}</FigureVisibilityContext.Provider>
        </ErrorBoundary>
      </div>
    </figure>
  );
}
