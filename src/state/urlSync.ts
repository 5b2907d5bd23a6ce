/**
 * Keeps the address bar a share link: whenever a widget state changes (or
 * widgets mount or unmount), the `s` parameter of the current section's hash
 * is rewritten with `history.replaceState`, debounced, without a navigation.
 * Also builds the link a figure's "Copy link" button copies.
 */
import { encodeShare } from './share';
import { buildHash, replaceHashSilently, splitHash } from './location';
import type { AppState, AppStore } from './store';
import { isDefaultState, lookupWidget, type RegisteredWidget } from './widgetState';

/** Debounce of the address-bar rewrite, in milliseconds. */
export const URL_SYNC_DELAY_MS = 250;

/**
 * The states that go into links: the non-default states of the widgets on the
 * page (mounted), in their shareable form (`toShare`).
 */
export function sharedStates(
  state: Pick<AppState, 'widgets' | 'mounted'>,
  lookup: (id: string) => RegisteredWidget | undefined = lookupWidget,
): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [id, value] of Object.entries(state.widgets)) {
    if ((state.mounted[id] ?? 0) <= 0) continue;
    const widget = lookup(id);
    const shared = widget ? widget.shareable(value) : value;
    if (widget && isDefaultState(widget.defaults, shared)) continue;
    out[id] = shared;
  }
  return out;
}

/**
 * The hash the address bar should show for `hash` given the store state:
 * the same path and parameters with `s` replaced (left out when every widget
 * is at its defaults). Null when the path is not a section (nothing to sync).
 */
export function syncedHash(
  hash: string,
  state: Pick<AppState, 'widgets' | 'mounted'>,
  isSectionPath: (path: string) => boolean,
  lookup?: (id: string) => RegisteredWidget | undefined,
): string | null {
  const { path, query } = splitHash(hash);
  if (!isSectionPath(path)) return null;
  const shared = sharedStates(state, lookup);
  const s = Object.keys(shared).length > 0 ? encodeShare(shared) : null;
  return buildHash(path, { ...query, s });
}

/**
 * The link "Copy link" copies: the page address with the current states
 * (always an `s`, so the link also resets widgets the reader left at their
 * defaults) and `w=<widgetId>` to scroll to and highlight the figure.
 */
export function shareLinkFor(
  widgetId: string,
  href: string,
  state: Pick<AppState, 'widgets' | 'mounted'>,
  lookup?: (id: string) => RegisteredWidget | undefined,
): string {
  const cut = href.indexOf('#');
  const base = cut < 0 ? href : href.slice(0, cut);
  const { path } = splitHash(cut < 0 ? '' : href.slice(cut));
  return base + buildHash(path, { s: encodeShare(sharedStates(state, lookup)), w: widgetId });
}

/** Options of `startUrlSync`; the defaults use the real window. */
export interface UrlSyncOptions {
  isSectionPath: (path: string) => boolean;
  delayMs?: number;
  readHash?: () => string;
  writeHash?: (hash: string) => void;
}

/**
 * Starts rewriting the address bar after widget changes (debounced by
 * `delayMs`). Returns a function that stops it. Everything it reads comes
 * from the one store: the widgets and, as the route slice's
 * `navigatedHash`, the last navigation. `hashchange` fires after the address
 * bar changes, so a rewrite is skipped while the address bar holds neither
 * that hash nor the sync's own last rewrite: the reader has just opened a
 * link whose navigation is still pending, and rewriting would replace it with
 * the old page's states.
 */
export function startUrlSync(store: AppStore, options: UrlSyncOptions): () => void {
  const delay = options.delayMs ?? URL_SYNC_DELAY_MS;
  const readHash = options.readHash ?? (() => window.location.hash);
  const writeHash = options.writeHash ?? replaceHashSilently;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written: string | null = null;
  const flush = () => {
    timer = undefined;
    const hash = readHash();
    if (hash !== store.getState().navigatedHash && hash !== written) return;
    const next = syncedHash(hash, store.getState(), options.isSectionPath);
    if (next !== null && next !== hash) {
      writeHash(next);
      // read back: the browser may normalise the written hash (percent-encoding)
      written = readHash();
    }
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.widgets === prev.widgets && state.mounted === prev.mounted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
