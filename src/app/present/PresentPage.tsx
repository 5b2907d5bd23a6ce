/**
 * Presentation mode, `#/present/<slug>?slide=<n>&s=...`: the section's own
 * page component renders (so widget state and worker readouts work as on the
 * page), and only the current slide's figure shows, fitted to the screen with
 * lecture-hall type (widgets/present). Slides come from the page's figures and
 * the section's optional slides.ts. Keys: see keys.ts. The address keeps the
 * slide and the widget states, rewritten without a navigation.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { presentText } from '../../i18n/present';
import { replaceHashSilently, type HashLocation } from '../../state/location';
import { appStore } from '../../state/store';
import { URL_SYNC_DELAY_MS } from '../../state/urlSync';
import { useFigureAlone } from '../../widgets/present/useFigureAlone';
import { SectionBody } from '../SectionBody';
import { Loading } from '../SectionPage';
import type { SectionDef } from '../sections';
import { useSharedLink } from '../useSharedLink';
import { presentAction, type PresentAction } from './keys';
import { notesHash, openNotesChannel, type NotesMessage } from './notesChannel';
import { absoluteLink, currentShare, figureHash, presentHash, slideFromQuery } from './presentLinks';
import { QrCode } from './QrCode';
import { loadSectionSlides } from './sectionSlides';
import { buildSlides, figureAtOrBefore, pageFigures, type PageFigure, type SectionSlides } from './slides';
import './present.css';

/** Props of PresentPage. */
export interface PresentPageProps {
  section: SectionDef;
  location: HashLocation;
}

/** Presentation mode of a section. */
export function PresentPage({ section, location }: PresentPageProps) {
  const waiting = useSharedLink(section, location);
  if (waiting) return <Loading />;
  return <PresentView section={section} location={location} />;
}

interface FoundFigure extends PageFigure {
  element: HTMLElement;
}

function sameFigures(a: readonly FoundFigure[], b: readonly FoundFigure[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => f.id === b[i]?.id && f.element === b[i]?.element && f.title === b[i]?.title)
  );
}

/** The figures rendered under `root`, kept current as the section renders. */
function useStageFigures(stage: RefObject<HTMLElement | null>): FoundFigure[] {
  const [figures, setFigures] = useState<FoundFigure[]>([]);
  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const found: FoundFigure[] = [];
      for (const f of pageFigures(root)) {
        const element = root.querySelector<HTMLElement>(`figure[data-widget="${CSS.escape(f.id)}"]`);
        if (element) found.push({ ...f, element });
      }
      setFigures((prev) => (sameFigures(prev, found) ? prev : found));
    };
    read();
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(read);
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [stage]);
  return figures;
}

function PresentView({ section, location }: PresentPageProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const headlineId = useId();
  const [attempt, setAttempt] = useState(0);
  const [defs, setDefs] = useState<SectionSlides | null | undefined>(undefined);
  const [index, setIndex] = useState(() => slideFromQuery(location.query.slide, 0) - 1);
  const [notes, setNotes] = useState(false);
  const [qr, setQr] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const figures = useStageFigures(stage);
  const navigationKey = useRef(location.key);

  useEffect(() => {
    let live = true;
    void loadSectionSlides(section).then((loaded) => {
      if (live) setDefs(loaded);
    });
    return () => {
      live = false;
    };
  }, [section]);

  // a new navigation to this route (e.g. an edited address) reads its slide
  useEffect(() => {
    if (navigationKey.current === location.key) return;
    navigationKey.current = location.key;
    setIndex(slideFromQuery(location.query.slide, 0) - 1);
  }, [location.key, location.query.slide]);

  const slides = useMemo(() => (defs === undefined ? [] : buildSlides(figures, defs)), [figures, defs]);
  const total = slides.length;
  const at = total > 0 ? Math.max(0, Math.min(index, total - 1)) : 0;
  const slide = slides[at];
  const figure =
    slide?.kind === 'figure' ? (figures.find((f) => f.id === slide.figureId)?.element ?? null) : null;

  const box = useCallback(() => {
    const el = stage.current;
    if (!el) return { width: 0, height: 0 };
    const style = getComputedStyle(el);
    return {
      width: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      // 2 px for rounding, so the stage never scrolls by a pixel
      height: el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 2,
    };
  }, []);
  useFigureAlone(slide !== undefined, {
    root: stage,
    figure,
    box,
    hide: slide?.kind === 'figure' ? slide.hide : [],
    headline: slide?.kind === 'figure' ? slide.headlines : [],
    // the notes panel lies over the bottom of the slide: the figure keeps its size
    layoutKey: slide?.headline ?? '',
  });

  // the notes window (#/present/<slug>/notes) follows the slide; its keys change slides
  const slideMessage = useMemo<NotesMessage | null>(() => {
    if (!slide) return null;
    const next = slides[at + 1];
    return {
      type: 'slide',
      n: at + 1,
      total,
      headline: slide.headline,
      notes: slide.notes,
      next: next ? next.headline : null,
    };
  }, [slide, slides, at, total]);
  const current = useRef(slideMessage);
  current.current = slideMessage;
  const goFromNotes = useRef<(action: NotesMessage) => void>(() => undefined);
  const channel = useRef<ReturnType<typeof openNotesChannel>>(null);
  useEffect(() => {
    const opened = openNotesChannel(section.slug, (message) => {
      if (message.type === 'hello' && current.current) opened?.post(current.current);
      else if (message.type === 'go') goFromNotes.current(message);
    });
    channel.current = opened;
    return () => {
      channel.current = null;
      opened?.close();
    };
  }, [section.slug]);
  useEffect(() => {
    if (slideMessage) channel.current?.post(slideMessage);
  }, [slideMessage]);
  const openNotesWindow = useCallback(() => {
    window.open(
      notesHash(section.slug),
      `beyond-accuracy-notes-${section.slug}`,
      'popup,width=960,height=720',
    );
  }, [section.slug]);

  // the address: slide and widget states, rewritten without a navigation
  useEffect(() => {
    if (total === 0) return;
    const write = () =>
      replaceHashSilently(presentHash(section.slug, at + 1, currentShare(appStore.getState())));
    write();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = appStore.subscribe((state, prev) => {
      if (state.widgets === prev.widgets) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(write, URL_SYNC_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [section.slug, at, total]);

  useEffect(() => {
    if (slide) document.title = presentText.documentTitle(section.shortTitle, at + 1, total);
  }, [slide, section.shortTitle, at, total]);

  // focus left inside a figure that is now hidden goes to the slide
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && stage.current?.contains(active) && !figure?.contains(active)) {
      rootRef.current?.focus({ preventScroll: true });
    }
  }, [figure]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(next, total - 1))), [total]);
  const exit = useCallback(() => {
    window.location.hash = figureHash(section.slug, figureAtOrBefore(slides, at), appStore.getState());
  }, [section.slug, slides, at]);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const act = (action: PresentAction) => {
      switch (action) {
        case 'next':
          return go(at + 1);
        case 'previous':
          return go(at - 1);
        case 'first':
          return go(0);
        case 'last':
          return go(total - 1);
        case 'fullscreen':
          return toggleFullscreen();
        case 'notes':
          return setNotes((n) => !n);
        case 'qr':
          return setQr((q) => !q);
        case 'exit':
          if (qr) return setQr(false);
          return exit();
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = presentAction(event);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    goFromNotes.current = (message) => {
      if (message.type === 'go') act(message.action);
    };
    return () => window.removeEventListener('keydown', onKey);
  }, [go, at, total, toggleFullscreen, exit, qr]);

  const qrLink =
    qr && slide
      ? absoluteLink(figureHash(section.slug, figureAtOrBefore(slides, at), appStore.getState()))
      : '';

  return (
    <div
      ref={rootRef}
      className="ba-present"
      tabIndex={-1}
      data-slide={slide ? at + 1 : undefined}
      data-slide-kind={slide?.kind}
      data-figure={slide?.kind === 'figure' ? slide.figureId : undefined}
      data-notes={notes ? 'true' : undefined}
    >
      <header className="ba-present__head">
        <p className="ba-present__section">{section.shortTitle}</p>
        <h1 id={headlineId} className="ba-present__headline">
          {slide ? slide.headline : presentText.loading}
        </h1>
      </header>
      <div className="ba-present__body">
        <div
          ref={stage}
          className="ba-present__stage"
          data-statement={slide?.kind === 'statement' ? 'true' : undefined}
          role="region"
          aria-labelledby={headlineId}
        >
          <SectionBody
            section={section}
            attempt={attempt}
            onRetry={() => setAttempt((n) => n + 1)}
            fallback={<Loading />}
          />
        </div>
        {slide?.kind === 'statement' ? (
          <div className="ba-present__statement">
            <p>{slide.text}</p>
          </div>
        ) : null}
        {notes ? (
          <aside className="ba-present__notes" aria-labelledby={`${headlineId}-notes`}>
            <div className="ba-present__notes-head">
              <h2 id={`${headlineId}-notes`}>{presentText.notesHeading}</h2>
              <button
                type="button"
                className="ba-button"
                title={presentText.notesWindowHint}
                onClick={openNotesWindow}
              >
                {presentText.notesWindow}
              </button>
            </div>
            <p>{slide?.notes ?? presentText.noNotes}</p>
          </aside>
        ) : null}
      </div>
      <nav className="ba-present__controls" aria-label={presentText.controls}>
        <button
          type="button"
          className="ba-button"
          aria-label={presentText.previousSlide}
          disabled={at <= 0}
          onClick={() => go(at - 1)}
        >
          <span aria-hidden="true">←</span> {presentText.previous}
        </button>
        <p className="ba-present__counter" aria-live="polite" aria-atomic="true">
          <span aria-hidden="true">{total > 0 ? presentText.counter(at + 1, total) : ''}</span>
          <span className="ba-present__sr">{total > 0 ? presentText.counterLabel(at + 1, total) : ''}</span>
        </p>
        <button
          type="button"
          className="ba-button"
          aria-label={presentText.nextSlide}
          disabled={at >= total - 1}
          onClick={() => go(at + 1)}
        >
          {presentText.next} <span aria-hidden="true">→</span>
        </button>
        <span className="ba-present__spacer" />
        <button
          type="button"
          className="ba-button"
          aria-pressed={notes}
          aria-keyshortcuts="N"
          title={presentText.notesLabel}
          onClick={() => setNotes((n) => !n)}
        >
          {presentText.notes}
        </button>
        <button
          type="button"
          className="ba-button"
          aria-pressed={qr}
          aria-keyshortcuts="Q"
          title={presentText.qrLabel}
          onClick={() => setQr((q) => !q)}
        >
          {presentText.qr}
        </button>
        <button
          type="button"
          className="ba-button"
          aria-pressed={fullscreen}
          aria-keyshortcuts="F"
          title={presentText.fullscreenLabel}
          onClick={toggleFullscreen}
        >
          {presentText.fullscreen}
        </button>
        <button
          type="button"
          className="ba-button"
          aria-keyshortcuts="Escape"
          title={presentText.exitLabel}
          onClick={exit}
        >
          {presentText.exit}
        </button>
      </nav>
      {qr && slide ? (
        <div className="ba-present__qr" role="dialog" aria-labelledby={`${headlineId}-qr`}>
          <h2 id={`${headlineId}-qr`}>{presentText.qrHeading}</h2>
          <QrCode text={qrLink} label={presentText.qrImage(qrLink)} tooLong={presentText.qrTooLong} />
          <p className="ba-present__qr-link">{qrLink}</p>
          <button type="button" className="ba-button" onClick={() => setQr(false)}>
            {presentText.qrClose}
          </button>
        </div>
      ) : null}
    </div>
  );
}
