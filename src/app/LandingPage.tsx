/**
 * The landing page: what the app teaches, for whom, and one card per section
 * in reading order, with a picture of its hero figure, its place in the order,
 * its reading time and the reader's progress there (self-check answers and
 * challenges met, kept in this browser).
 */
import { messages } from '../i18n/messages';
import { SectionProgressLine } from './challenge/SectionProgressLine';
import { HERO_PICTURE_SIZE, heroPictureUrl } from './heroPictures';
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
        <ol className="ba-wide ba-cards">
          {sections.map((s, i) => {
            const picture = heroPictureUrl(s.id);
            return (
              <li key={s.id} className="ba-card" data-section={s.id} data-hero={s.hero}>
                {picture ? (
                  <img
                    src={picture}
                    alt={t.heroAlt(s.title)}
                    width={HERO_PICTURE_SIZE.width}
                    height={HERO_PICTURE_SIZE.height}
                    loading="lazy"
                    decoding="async"
                    className="ba-card__picture"
                  />
                ) : null}
                <div className="ba-card__body">
                  <p className="ba-card__meta">{t.cardMeta(i + 1, s.minutes)}</p>
                  <h3>
                    <a href={sectionHref(s)} className="ba-card__link">
                      {s.title}
                    </a>
                  </h3>
                  <p>{s.summary}</p>
                  <SectionProgressLine sectionId={s.id} title={s.title} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
