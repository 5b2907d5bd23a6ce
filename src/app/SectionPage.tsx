/**
 * A section route: waits for the section's code, applies the share link of
 * this navigation (if any) before the widgets mount, then renders the page
 * lazily inside an error boundary. The link applies only to this section's
 * widgets (widgetCatalogue, loaded only when there is a link); the others are
 * dropped with one notice. Around the page the shell adds what every section
 * gets without doing anything: the in-page contents of its figures and the
 * previous / next section links.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { messages } from '../i18n/messages';
import type { HashLocation } from '../state/location';
import { appStore } from '../state/store';
import { openSharedLink } from './linkNotices';
import { PageContents } from './PageContents';
import { SectionErrorBoundary } from './SectionErrorBoundary';
import { SectionNav } from './SectionNav';
import { forgetSection, lazySection, loadSection } from './sectionLoader';
import { sections, type SectionDef } from './sections';
import { loadWidgetCatalogue, type WidgetCatalogue } from './widgetCatalogue';

function Loading() {
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
  const shared = location.query.s;
  const navigation = location.key;
  const [applied, setApplied] = useState(-1);
  const [attempt, setAttempt] = useState(0);
  const pageRoot = useRef<HTMLDivElement>(null);
  const waiting = shared !== undefined && applied !== navigation;

  useEffect(() => {
    if (shared === undefined) return;
    let live = true;
    const apply = (catalogue: WidgetCatalogue | null) => {
      if (!live) return;
      // once per navigation, even when effects run twice (StrictMode)
      if (appStore.getState().claimLinkApply(navigation)) {
        // Without a catalogue (its modules failed to load) no widget counts as this page's.
        const own = catalogue?.sectionWidgetIds(section.id) ?? new Set<string>();
        openSharedLink(appStore, shared, (id) => own.has(id));
      }
      setApplied(navigation);
    };
    const pageLoad = loadSection(section).catch(() => null);
    const catalogue = loadWidgetCatalogue().catch(() => null);
    void Promise.all([catalogue, pageLoad]).then(([loaded]) => apply(loaded));
    return () => {
      live = false;
    };
  }, [section, shared, navigation]);

  if (waiting) return <Loading />;
  const Page = lazySection(section);
  return (
    <div className="ba-section-page">
      <PageContents key={`${section.id}-${attempt}`} root={pageRoot} path={location.path} />
      <div className="ba-flow" ref={pageRoot}>
        <SectionErrorBoundary
          key={`${section.id}-${attempt}`}
          onRetry={() => {
            forgetSection(section);
            setAttempt((n) => n + 1);
          }}
        >
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        </SectionErrorBoundary>
      </div>
      <SectionNav sections={sections} current={section} />
    </div>
  );
}
