/**
 * A section route: waits for the section's code, applies the share link of
 * this navigation (if any) before the widgets mount, then renders the page
 * lazily inside an error boundary. The link applies only to this section's
 * widgets (useSharedLink); the others are dropped with one notice. Around the
 * page the shell adds what every section gets without doing anything: the
 * in-page contents of its figures, the Present button (and key P) of
 * presentation mode, and the previous / next section links.
 */
import { useRef, useState } from 'react';
import { messages } from '../i18n/messages';
import type { HashLocation } from '../state/location';
import { PageContents } from './PageContents';
import { PresentButton } from './present/PresentButton';
import { SectionBody } from './SectionBody';
import { SectionChallenges } from './challenge/SectionChallenges';
import { SectionNav } from './SectionNav';
import { sections, type SectionDef } from './sections';
import { useSharedLink } from './useSharedLink';

/** The line shown while a section (or its share link) loads. */
export function Loading() {
  return (
    <p role="status" className="ba-loading">
      {messages.app.loadingSection}
    </p>
  );
}

/** Props of SectionPage. */
export interface SectionPageProps {
  section: SectionDef;
  location: HashLocation;
}

/** Renders one section, restoring the widget states of a share link first. */
export function SectionPage({ section, location }: SectionPageProps) {
  const [attempt, setAttempt] = useState(0);
  const pageRoot = useRef<HTMLDivElement>(null);
  const waiting = useSharedLink(section, location);

  if (waiting) return <Loading />;
  return (
    <div className="ba-section-page">
      <PageContents key={`${section.id}-${attempt}`} root={pageRoot} path={location.path} />
      <div className="ba-flow" ref={pageRoot}>
        <PresentButton section={section} pageRoot={pageRoot} />
        <SectionBody
          section={section}
          attempt={attempt}
          onRetry={() => setAttempt((n) => n + 1)}
          fallback={<Loading />}
        />
      </div>
      <SectionChallenges section={section} location={location} />
      <SectionNav sections={sections} current={section} />
    </div>
  );
}
