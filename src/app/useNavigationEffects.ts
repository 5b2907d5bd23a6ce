/**
 * What happens on every navigation (hash change): the document title
 * follows the page, old notices are cleared, and the view returns to the top
 * with focus on the main region (unless a `&w=` figure will take the view).
 */
import { useEffect, type RefObject } from 'react';
import { messages } from '../i18n/messages';
import type { HashLocation } from '../state/location';
import { appStore } from '../state/store';
import type { Route } from './routes';

/** The document title of a route. */
export function routeTitle(route: Route): string {
  const app = messages.app.name;
  switch (route.kind) {
    case 'landing':
      return app;
    case 'about':
      return messages.about.title;
    case 'section':
    case 'present':
    case 'present-notes':
      return `${route.section.title} · ${app}`;
    case 'not-found':
      return `${messages.notFound.title} · ${app}`;
    case 'embed':
      return `${route.widgetId} · ${app}`;
  }
}

/** Runs the per-navigation effects for the current location and route. */
export function useNavigationEffects(
  location: HashLocation,
  route: Route,
  main: RefObject<HTMLElement | null>,
) {
  const title = routeTitle(route);
  useEffect(() => {
    document.title = title;
  }, [title]);

  const { key } = location;
  const hasTarget = location.query.w !== undefined;
  useEffect(() => {
    if (key === 0) return;
    appStore.getState().clearNotices();
    if (hasTarget) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [key, hasTarget, main]);
}
