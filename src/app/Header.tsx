/**
 * The app header: one compact bar (at most 64 px tall on a phone) with the
 * name (link home), the sections navigation and the theme choice. The
 * section links sit behind a disclosure button ("Sections") at every width:
 * a dozen sections do not fit one bar, and a second row would push each
 * section's first screen down. They stay in the DOM either way.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { messages } from '../i18n/messages';
import type { SectionDef } from './sections';
import { ThemeChoice } from './ThemeChoice';
import { Toc } from './Toc';

/** Props of Header. */
export interface HeaderProps {
  sections: readonly SectionDef[];
  currentPath: string;
}

/** The page header shown on every route. */
export function Header({ sections, currentPath }: HeaderProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // A navigation closes the menu.
  const [shownPath, setShownPath] = useState(currentPath);
  if (shownPath !== currentPath) {
    setShownPath(currentPath);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onClick = (e: MouseEvent) => {
      const nav = button.current?.closest('nav');
      if (nav && e.target instanceof Node && !nav.contains(e.target)) setOpen(false);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [open]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    <header className="ba-header">
      <div className="ba-header__inner">
        <nav aria-label={messages.app.sectionsNav} className="ba-nav" onKeyDown={onKeyDown}>
          <a href="#/" className="ba-brand" aria-current={currentPath === '/' ? 'page' : undefined}>
            <img src="./favicon.svg" alt="" width="32" height="32" className="ba-brand__logo" />
            <span className="ba-brand__name">{messages.app.name}</span>
          </a>
          <button
            ref={button}
            type="button"
            className="ba-menu-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path
                d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            <span>{messages.app.menu}</span>
          </button>
          <Toc
            id={listId}
            open={open}
            sections={sections}
            currentPath={currentPath}
            onPick={() => setOpen(false)}
          />
        </nav>
        <ThemeChoice />
      </div>
    </header>
  );
}
