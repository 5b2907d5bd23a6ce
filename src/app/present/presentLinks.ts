/**
 * Addresses of presentation mode: `#/present/<slug>?slide=<n>&s=...` (n from
 * 1), the way back to a figure on the section page (`#/<slug>?w=<id>&s=...`),
 * and absolute links (for the QR code a phone opens).
 */
import { buildHash } from '../../state/location';
import { encodeShare } from '../../state/share';
import type { AppState } from '../../state/store';
import { sharedStates } from '../../state/urlSync';

/** The path prefix of presentation mode. */
export const PRESENT_PREFIX = '/present/';

/** The `s` parameter of the current widget states, or null when every widget is at its defaults. */
export function currentShare(state: Pick<AppState, 'widgets' | 'mounted'>): string | null {
  const shared = sharedStates(state);
  return Object.keys(shared).length > 0 ? encodeShare(shared) : null;
}

/** `#/present/<slug>?slide=<n>&s=...` (n from 1). */
export function presentHash(slug: string, slide: number, s: string | null): string {
  return buildHash(`${PRESENT_PREFIX}${slug}`, { slide: String(slide), s });
}

/**
 * `#/<slug>?w=<figure>&s=...`: the section page at a figure. Like Copy link it
 * always carries `s`, so it also resets the widgets left at their defaults.
 */
export function figureHash(
  slug: string,
  figureId: string | null,
  state: Pick<AppState, 'widgets' | 'mounted'>,
): string {
  return buildHash(`/${slug}`, { s: encodeShare(sharedStates(state)), w: figureId });
}

/** An absolute link to a hash of this app (origin, path and query of the page, then the hash). */
export function absoluteLink(hash: string, href: string = window.location.href): string {
  const cut = href.indexOf('#');
  return (cut < 0 ? href : href.slice(0, cut)) + hash;
}

/** The 1-based slide number of a `slide` query parameter, clamped to 1..total (1 when unreadable). */
export function slideFromQuery(value: string | undefined, total: number): number {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return total > 0 ? Math.min(n, total) : n;
}
