/**
 * Hash locations: `#/<path>?s=...&w=...`. Pure helpers to split and build
 * hashes, the feed of navigations (`hashchange`) into the store's route
 * slice, and the silent rewrite the share-link sync uses. Rewrites
 * (`history.replaceState`) are not navigations: they do not fire
 * `hashchange`, so they do not re-apply the link they just wrote.
 */
import type { AppStore } from './store';

/** A parsed hash location. */
export interface HashLocation {
  /** Path after `#`, starting with `/`, without a trailing slash (except `/`). */
  path: string;
  /** Query parameters after `?`. */
  query: Readonly<Record<string, string>>;
  /** Increases with every navigation (hash change), so effects can run once per navigation. */
  key: number;
}

/** Splits a hash such as `#/detection?s=1.abc&w=detection.boxes` into path and query. */
export function splitHash(hash: string): { path: string; query: Record<string, string> } {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = text.indexOf('?');
  let path = q < 0 ? text : text.slice(0, q);
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const [name, value] of new URLSearchParams(text.slice(q + 1))) {
      if (!(name in query)) query[name] = value;
    }
  }
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  return { path, query };
}

/** Builds `#<path>?<query>`; query entries that are null, undefined or '' are left out. */
export function buildHash(
  path: string,
  query: Readonly<Record<string, string | null | undefined>> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/**
 * Feeds the store's route slice from the window: every `hashchange` is a
 * navigation. Returns a function that stops listening.
 */
export function startLocationSync(store: AppStore): () => void {
  const onHashChange = () => store.getState().navigate(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  if (window.location.hash !== store.getState().navigatedHash) onHashChange();
  return () => window.removeEventListener('hashchange', onHashChange);
}

/** Rewrites the address bar's hash without a navigation and without a history entry. */
export function replaceHashSilently(hash: string): void {
  if (typeof window === 'undefined' || window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
}
