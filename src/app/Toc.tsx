/** The table of contents: one link per section that has a page, plus About. */
import { messages } from '../i18n/messages';
import { sectionHref } from './routes';
import type { SectionDef } from './sections';

/** Props of Toc. */
export interface TocProps {
  sections: readonly SectionDef[];
  /** The current path, to mark the current link with `aria-current="page"`. */
  currentPath: string;
}

/** The sections navigation of the header. */
export function Toc({ sections, currentPath }: TocProps) {
  const current = (href: string) => (href === `#${currentPath}` ? 'page' : undefined);
  return (
    <nav aria-label={messages.app.sectionsNav} className="ba-toc">
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={sectionHref(s)} aria-current={current(sectionHref(s))}>
              {s.shortTitle}
            </a>
          </li>
        ))}
        <li>
          <a href="#/about" aria-current={current('#/about')}>
            {messages.app.about}
          </a>
        </li>
      </ul>
    </nav>
  );
}
