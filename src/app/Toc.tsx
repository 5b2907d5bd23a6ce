/** The header's list of section links (plus About), in the dropdown panel of the Sections button. */
import { messages } from '../i18n/messages';
import { sectionHref } from './routes';
import type { SectionDef } from './sections';

/** Props of Toc. */
export interface TocProps {
  /** Id of the list (the menu button's `aria-controls`). */
  id?: string;
  /** Whether the panel is open. */
  open?: boolean;
  sections: readonly SectionDef[];
  /** The current path, to mark the current link with `aria-current="page"`. */
  currentPath: string;
  /** Called when a link is followed (closes the panel). */
  onPick?: () => void;
}

/** The section links of the header's navigation. */
export function Toc({ id, open = false, sections, currentPath, onPick }: TocProps) {
  const current = (href: string) => (href === `#${currentPath}` ? 'page' : undefined);
  return (
    <ul id={id} className="ba-toc" data-open={open ? 'true' : 'false'}>
      {sections.map((s) => (
        <li key={s.id}>
          <a href={sectionHref(s)} aria-current={current(sectionHref(s))} onClick={onPick}>
            {s.shortTitle}
          </a>
        </li>
      ))}
      <li>
        <a href="#/about" aria-current={current('#/about')} onClick={onPick}>
          {messages.app.about}
        </a>
      </li>
    </ul>
  );
}
