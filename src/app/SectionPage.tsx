/**
 * A section route: waits for the section's code, applies the share link of
 * this navigation (if any) before the widgets mount, then renders the page
 * lazily inside an error boundary. The link applies only to this section's
 * widgets (widgetCatalogue, loaded only when there is a link); the others are
 * dropped with one notice.
 */
import { Suspense, useEffect, useState } from 'react';
import { messages } from '../i18n/messages';
import type { HashLocation } from '../state/location';
import { appStore } from '../state/store';
import { ErrorBoundary } from '../widgets/ErrorBoundary';
import { openSharedLink } from './linkNotices';
import { forgetSection, lazySection, loadSection } from './sectionLoader';
import type { SectionDef } from './sections';
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
    <ErrorBoundary
      key={`${section.id}-${attempt}`}
      title={messages.errors.sectionFailed}
      onReset={() => {
        forgetSection(section);
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense fallback={<Loading />}>
        <div className="ba-flow">
          <Page />
        </div>
      </Suspense>
    </ErrorBoundary>
  );
}
