/**
 * Hash locations: `#/<path>?s=...&w=...`. Pure helpers to split and build
 * hashes, and a tiny external store of "the location as of the last
 * navigation" for React (`useHashLocation`). Rewrites of the address bar by
 * the share-link sync (`history.replaceState`) are not navigations: they do
 * not fire `hashchange`, so they do not re-apply the link they just wrote.
 */
import { useSyncExternalStore } from 'react';

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

let current: HashLocation | null = null;
/** The raw hash `current` was read from. */
let currentHash = '';
const listeners = new Set<() => void>();

function readWindow(key: number): HashLocation {
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  currentHash = hash;
  return { ...splitHash(hash), key };
}

function onHashChange(): void {
  current = readWindow((current?.key ?? 0) + 1);
  for (const listener of listeners) listener();
}

function snapshot(): HashLocation {
  if (!current) current = readWindow(0);
  return current;
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined')
    window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('hashchange', onHashChange);
    }
  };
}

/** The location as of the last navigation (not of later `replaceState` rewrites). */
export function getHashLocation(): HashLocation {
  return snapshot();
}

/**
 * The raw hash of the last navigation the app has processed. Between a
 * navigation (the address bar changed) and its `hashchange` event, the
 * window's hash differs from it: the share-link sync then must not rewrite
 * the new link with the old page's states.
 */
export function getNavigatedHash(): string {
  snapshot();
  return currentHash;
}

/** React hook: the location as of the last navigation; re-renders on navigation. */
export function useHashLocation(): HashLocation {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Rewrites the address bar's hash without a navigation and without a history entry. */
export function replaceHashSilently(hash: string): void {
  if (typeof window === 'undefined' || window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
}
