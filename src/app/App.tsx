/**
 * The app shell: skip link, header with the table of contents, the notice
 * area, and the page of the current hash route.
 */
import { lazy, Suspense, useRef } from 'react';
import { messages } from '../i18n/messages';
import { useAppStore } from '../state/store';
import { progressAsSelfCheckStore } from '../state/slices/progressSlice';
import { ErrorBoundary } from '../widgets/ErrorBoundary';
import { SelfCheckStoreContext } from '../widgets/selfCheckStore';
import { AboutPage } from './AboutPage';
import { EmbedPage } from './embed/EmbedPage';
import { FigureHostProvider } from './FigureHostProvider';
import { Header } from './Header';
import { LandingPage } from './LandingPage';
import { NoticeArea } from './NoticeArea';
import { NotFoundPage } from './NotFoundPage';
import { matchRoute, type Route } from './routes';
import { SectionPage } from './SectionPage';
import { sections } from './sections';
import { useNavigationEffects } from './useNavigationEffects';
import type { HashLocation } from '../state/location';

/** Presentation mode (and its QR encoder) loads only when a presentation opens. */
const PresentPage = lazy(() => import('./present/PresentPage').then((m) => ({ default: m.PresentPage })));
/** The presenter's notes window of presentation mode. */
const NotesPage = lazy(() => import('./present/NotesPage').then((m) => ({ default: m.NotesPage })));

function Page({ route, location }: { route: Route; location: HashLocation }) {
  switch (route.kind) {
    case 'landing':
      return <LandingPage sections={sections} />;
    case 'about':
      return <AboutPage />;
    case 'section':
      return <SectionPage key={route.section.id} section={route.section} location={location} />;
    case 'present':
      return (
        <Suspense fallback={null}>
          <PresentPage key={route.section.id} section={route.section} location={location} />
        </Suspense>
      );
    case 'present-notes':
      return (
        <Suspense fallback={null}>
          <NotesPage key={route.section.id} section={route.section} />
        </Suspense>
      );
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

/** Every SelfCheck keeps its answers in the progress store (localStorage). */
const SELF_CHECK_STORE = progressAsSelfCheckStore();

/** The whole app. */
export function App() {
  const location = useAppStore((s) => s.location);
  const route = matchRoute(location.path, sections);
  const main = useRef<HTMLElement>(null);
  useNavigationEffects(location, route, main);
  if (route.kind === 'embed') return <EmbedPage widgetId={route.widgetId} location={location} />;
  // presentation mode fills the screen: no skip link, header or notices
  const chrome = route.kind !== 'present' && route.kind !== 'present-notes';
  return (
    <div className="ba-app">
      {chrome ? (
        <a
          href="#main-content"
          className="ba-skip"
          onClick={(e) => {
            e.preventDefault();
            main.current?.focus();
          }}
        >
          {messages.app.skipToContent}
        </a>
      ) : null}
      {chrome ? <Header sections={sections} currentPath={location.path} /> : null}
      {chrome ? <NoticeArea /> : null}
      <main id="main-content" ref={main} tabIndex={-1} className="ba-main">
        <FigureHostProvider>
          <SelfCheckStoreContext.Provider value={SELF_CHECK_STORE}>
            <ErrorBoundary key={location.path} title={messages.errors.somethingFailed}>
              <Page route={route} location={location} />
            </ErrorBoundary>
          </SelfCheckStoreContext.Provider>
        </FigureHostProvider>
      </main>
    </div>
  );
}
