/**
 * The presenter's notes window, `#/present/<slug>/notes`, opened from the
 * notes panel of presentation mode: it follows the presentation's slide live
 * (notesChannel.ts) and shows the slide number, headline, speaker notes, the
 * next slide's headline and a timer. Its slide keys (arrows, Page Up/Down,
 * Space, Home, End) change the presentation's slide.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { presentText } from '../../i18n/present';
import type { SectionDef } from '../sections';
import { presentAction } from './keys';
import { openNotesChannel, type NotesMessage, type NotesSlide } from './notesChannel';
import './notes.css';

/** Props of NotesPage. */
export interface NotesPageProps {
  section: SectionDef;
}

/** Minutes and seconds, "12:05". */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Time since `start` (reset to now by the returned function), ticking every second. */
function useElapsed(): [number, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return [
    now - start,
    () => {
      const t = Date.now();
      setStart(t);
      setNow(t);
    },
  ];
}

/** The notes window of a section's presentation. */
export function NotesPage({ section }: NotesPageProps) {
  const headingId = useId();
  const [slide, setSlide] = useState<NotesSlide | null>(null);
  const [elapsed, reset] = useElapsed();
  const post = useRef<((message: NotesMessage) => void) | null>(null);

  useEffect(() => {
    const channel = openNotesChannel(section.slug, (message) => {
      if (message.type === 'slide') setSlide(message);
    });
    post.current = channel?.post ?? null;
    channel?.post({ type: 'hello' });
    return () => {
      post.current = null;
      channel?.close();
    };
  }, [section.slug]);

  useEffect(() => {
    document.title = presentText.notesWindowTitle(section.shortTitle);
  }, [section.shortTitle]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = presentAction(event);
      if (action !== 'next' && action !== 'previous' && action !== 'first' && action !== 'last') return;
      event.preventDefault();
      post.current?.({ type: 'go', action });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="ba-notes-window">
      <header className="ba-notes-window__head">
        <p className="ba-notes-window__section">{section.shortTitle}</p>
        <p className="ba-notes-window__counter" aria-live="polite" aria-atomic="true">
          {slide ? presentText.notesSlide(slide.n, slide.total) : ''}
        </p>
        <p className="ba-notes-window__timer">
          <span className="ba-notes-window__sr">{presentText.timer}: </span>
          <time dateTime={`PT${Math.floor(elapsed / 1000)}S`}>{clockText(elapsed)}</time>
        </p>
        <button type="button" className="ba-button" onClick={reset}>
          {presentText.timerReset}
        </button>
      </header>
      <h1 id={headingId} className="ba-notes-window__headline">
        {slide ? slide.headline : presentText.notesHeading}
      </h1>
      {slide ? (
        <>
          <p className="ba-notes-window__notes">{slide.notes ?? presentText.noNotes}</p>
          <section className="ba-notes-window__next" aria-labelledby={`${headingId}-next`}>
            <h2 id={`${headingId}-next`}>{presentText.notesNext}</h2>
            <p>{slide.next ?? presentText.notesLast}</p>
          </section>
        </>
      ) : (
        <p className="ba-notes-window__notes">{presentText.notesWaiting}</p>
      )}
    </div>
  );
}
