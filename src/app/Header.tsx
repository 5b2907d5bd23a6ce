/** The app header: name (link home), table of contents and theme toggle. */
import { messages } from '../i18n/messages';
import type { SectionDef } from './sections';
import { ThemeToggle } from './ThemeToggle';
import { Toc } from './Toc';

/** Props of Header. */
export interface HeaderProps {
  sections: readonly SectionDef[];
  currentPath: string;
}

/** The page header shown on every route. */
export function Header({ sections, currentPath }: HeaderProps) {
  return (
    <header className="ba-header">
      <div className="ba-header__inner">
        <a href="#/" className="ba-brand" aria-current={currentPath === '/' ? 'page' : undefined}>
          <img src="./favicon.svg" alt="" width="32" height="32" className="ba-brand__logo" />
          <span>{messages.app.name}</span>
        </a>
        <Toc sections={sections} currentPath={currentPath} />
        <ThemeToggle />
      </div>
    </header>
  );
}
