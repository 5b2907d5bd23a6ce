/**
 * Loading section pages: one shared promise and one React.lazy component per
 * section, so the share-link code and React wait for the same chunk. A failed
 * load is forgotten, so "Try again" imports the chunk afresh instead of
 * reusing the failed promise (or React.lazy's cached failure).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SectionDef, SectionModule } from './sections';

const loads = new Map<string, Promise<SectionModule>>();
const components = new Map<string, LazyExoticComponent<ComponentType>>();
/** Sections whose last load failed: their next load first requests the failed stylesheets again. */
const failedBefore = new Set<string>();

/**
 * Loads a section's page module once; after a failure the next call imports
 * it again, after requesting its failed stylesheets again.
 */
export function loadSection(section: SectionDef): Promise<SectionModule> {
  let promise = loads.get(section.id);
  if (!promise) {
    promise = failedBefore.has(section.id)
      ? reloadFailedStylesheets(pageDocument(), renewLink).then(() => section.load())
      : section.load();
    loads.set(section.id, promise);
    promise.then(
      () => failedBefore.delete(section.id),
      () => {
        failedBefore.add(section.id);
        if (loads.get(section.id) !== promise) return;
        loads.delete(section.id);
        components.delete(section.id);
      },
    );
  }
  return promise;
}

/** The lazy component of a section's page. */
export function lazySection(section: SectionDef): LazyExoticComponent<ComponentType> {
  let component = components.get(section.id);
  if (!component) {
    component = lazy(() => loadSection(section));
    components.set(section.id, component);
  }
  return component;
}

/** What `reloadFailedStylesheets` reads of a `<link rel="stylesheet">`. */
export interface StylesheetLink {
  /** The absolute address. */
  href: string;
  sheet: { cssRules: ArrayLike<unknown> } | null;
}

/** The `<link rel="stylesheet">` elements of a document-like root, and its origin. */
export interface StylesheetRoot<L extends StylesheetLink = StylesheetLink> {
  querySelectorAll: (selector: 'link[rel="stylesheet"]') => ArrayLike<L>;
  location: { origin: string } | null;
}

/**
 * True when one of our stylesheet links failed or has not loaded: no sheet,
 * no rules (every built stylesheet has some), or rules that cannot be read
 * (Chromium gives a failed `crossorigin` link, as Vite makes them, an opaque
 * sheet). Another origin's sheet is never ours.
 */
function failedOrPending(link: StylesheetLink, origin: string | undefined): boolean {
  if (origin === undefined || !link.href.startsWith(`${origin}/`)) return false;
  try {
    return link.sheet === null || link.sheet.cssRules.length === 0;
  } catch {
    return true;
  }
}

/** Replaces a stylesheet link with a fresh copy (a new request) and waits until it loads. */
function renewLink(link: HTMLLinkElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const fresh = link.cloneNode(false) as HTMLLinkElement;
    fresh.addEventListener('load', () => resolve(), { once: true });
    fresh.addEventListener('error', () => reject(new Error(`Unable to preload CSS for ${link.href}`)), {
      once: true,
    });
    link.replaceWith(fresh);
  });
}

/**
 * Requests again the stylesheets of this origin that failed to load, and
 * waits for them (rejects, as a load failure, when one fails again). Vite's
 * preload helper asks for a stylesheet only once per page, so without this a
 * section retried after its CSS failed would show without its styles.
 */
export function reloadFailedStylesheets<L extends StylesheetLink>(
  root: StylesheetRoot<L> | null,
  renew: (link: L) => Promise<void>,
): Promise<void> {
  if (!root) return Promise.resolve();
  const origin = root.location?.origin;
  const failed = Array.from(root.querySelectorAll('link[rel="stylesheet"]')).filter((link) =>
    failedOrPending(link, origin),
  );
  return Promise.all(failed.map(renew)).then(() => undefined);
}

/** The page's document, or null outside a browser (unit tests). */
function pageDocument(): StylesheetRoot<HTMLLinkElement> | null {
  return typeof document === 'undefined' ? null : document;
}

/**
 * Forgets a section's loaded (or failed) module, so the next render imports
 * the chunk again (and, after a failure, first its failed stylesheets).
 */
export function forgetSection(section: SectionDef): void {
  loads.delete(section.id);
  components.delete(section.id);
}
