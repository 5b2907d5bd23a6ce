/** The landing page: what the app teaches, for whom, and the section cards. */
import { messages } from '../i18n/messages';
import { sectionHref } from './routes';
import type { SectionDef } from './sections';

/** Props of LandingPage. */
export interface LandingPageProps {
  sections: readonly SectionDef[];
}

/** Two sentences about the app, then one card per section. */
export function LandingPage({ sections }: LandingPageProps) {
  const t = messages.landing;
  return (
    <div className="ba-flow">
      <h1>{t.title}</h1>
      <p className="ba-lead">{t.lead}</p>
      <p>{t.audience}</p>
      <h2>{t.sectionsHeading}</h2>
      {sections.length === 0 ? (
        <p>{t.noSections}</p>
      ) : (
        <ul className="ba-wide ba-cards">
          {sections.map((s) => (
            <li key={s.id} className="ba-card">
              <h3>
                <a href={sectionHref(s)} className="ba-card__link">
                  {s.title}
                </a>
              </h3>
              <p>{s.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
