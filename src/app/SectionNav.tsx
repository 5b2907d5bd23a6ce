/** "Previous / next section" links at the end of a section; the last section's next link leads to all sections. */
import { messages } from '../i18n/messages';
import { neighbours } from './pageContents';
import { sectionHref } from './routes';
import type { SectionDef } from './sections';

/** Props of SectionNav. */
export interface SectionNavProps {
  sections: readonly SectionDef[];
  current: SectionDef;
}

/** The previous and next section in the reading order (the landing page at either end). */
export function SectionNav({ sections, current }: SectionNavProps) {
  const { previous, next } = neighbours(sections, current.id);
  const t = messages.app;
  return (
    <nav aria-label={t.sectionNav} className="ba-section-nav">
      <a href={previous ? sectionHref(previous) : '#/'} rel="prev" className="ba-section-nav__link">
        <span className="ba-section-nav__dir">{t.previous}</span>
        <span className="ba-section-nav__title">{previous ? previous.shortTitle : t.allSections}</span>
      </a>
      <a
        href={next ? sectionHref(next) : '#/'}
        rel="next"
        className="ba-section-nav__link ba-section-nav__link--next"
      >
        <span className="ba-section-nav__dir">{t.next}</span>
        <span className="ba-section-nav__title">{next ? next.shortTitle : t.allSections}</span>
      </a>
    </nav>
  );
}
