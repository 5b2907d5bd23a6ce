/**
 * Registering the offline service worker (vite-plugin-pwa's generated
 * `sw.js`) late, so its precache (every section's code, the photos, the
 * formula fonts: about 2.4 MB) never competes with what the page itself
 * needs first (issue 13, item 4). The `load` event alone is too early: a
 * section's code, formulas, photos and worker load after it. So, after
 * `load`, the page must have loaded no new resource for `QUIET_MS` (or
 * `MAX_WAIT_MS` have passed), and then the main thread must be idle.
 * A file of the bundle, not an inline script: the CSP forbids those.
 * The worker claims the page once its precache is complete (vite.config.ts:
 * clientsClaim), so a first visit that then loses the network still gets
 * every other section from the cache (issue 16, item 7).
 */

/** How long the page must load no new resource before the precache may start, in milliseconds. */
export const QUIET_MS = 1500;
/** Longest wait after `load` for such a quiet spell, in milliseconds. */
export const MAX_WAIT_MS = 10_000;
/** Longest wait for an idle period after that, in milliseconds. */
export const IDLE_TIMEOUT_MS = 2000;

/** What `registerServiceWorkerWhenIdle` uses of the browser (the real window by default). */
export interface RegistrationHost {
  readyState: DocumentReadyState;
  onLoad: (run: () => void) => void;
  /** Calls `run` whenever a resource of the page finishes loading; returns the unsubscribe. */
  onResource: (run: () => void) => () => void;
  /** Runs `run` after `ms`; returns the cancel. */
  after: (run: () => void, ms: number) => () => void;
  whenIdle: (run: () => void, timeoutMs: number) => void;
  register: () => Promise<unknown>;
}

/** What `watchForReplacement` uses of `navigator.serviceWorker`. */
export interface ControllerSource {
  readonly controller: unknown;
  addEventListener: (type: 'controllerchange', run: () => void) => void;
}

/**
 * Watches for a newer service worker taking this page over (it activates at
 * once: `skipWaiting`). Returns a check that is true only when the page was
 * already controlled when it loaded, so the first visit's `clientsClaim` does
 * not count: the chunks of the version this page runs may then be gone from
 * the cache and the server, and only a reload really tries again.
 */
export function watchForReplacement(container: ControllerSource): () => boolean {
  const hadController = container.controller != null;
  let replaced = false;
  container.addEventListener('controllerchange', () => {
    if (hadController) replaced = true;
  });
  return () => replaced;
}

let replacedCheck: () => boolean = () => false;

/** True when a newer version's service worker took over this page after it loaded (see watchForReplacement). */
export function serviceWorkerReplaced(): boolean {
  return replacedCheck();
}

function browserHost(): RegistrationHost | null {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
  replacedCheck = watchForReplacement(navigator.serviceWorker);
  return {
    readyState: document.readyState,
    onLoad: (run) => window.addEventListener('load', run, { once: true }),
    onResource: (run) => {
      if (typeof PerformanceObserver === 'undefined') return () => undefined;
      const observer = new PerformanceObserver(run);
      observer.observe({ type: 'resource' });
      return () => observer.disconnect();
    },
    after: (run, ms) => {
      const id = window.setTimeout(run, ms);
      return () => window.clearTimeout(id);
    },
    whenIdle: (run, timeout) =>
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(run, { timeout })
        : window.setTimeout(run, 0),
    register: () => navigator.serviceWorker.register('./sw.js', { scope: './' }),
  };
}

/**
 * Registers the service worker once the page has loaded, its requests have
 * gone quiet and the main thread is idle. Does nothing where service workers
 * are unavailable; a failed registration only means no offline copy, so it
 * is ignored.
 */
export function registerServiceWorkerWhenIdle(host: RegistrationHost | null = browserHost()): void {
  if (!host) return;
  const waitForQuiet = () => {
    let done = false;
    let cancelQuiet = () => {};
    let cancelMax = () => {};
    let unsubscribe = () => {};
    const finish = () => {
      if (done) return;
      done = true;
      cancelQuiet();
      cancelMax();
      unsubscribe();
      host.whenIdle(() => {
        host.register().catch(() => undefined);
      }, IDLE_TIMEOUT_MS);
    };
    const restartQuiet = () => {
      if (done) return;
      cancelQuiet();
      cancelQuiet = host.after(finish, QUIET_MS);
    };
    cancelMax = host.after(finish, MAX_WAIT_MS);
    unsubscribe = host.onResource(restartQuiet);
    restartQuiet();
  };
  if (host.readyState === 'complete') waitForQuiet();
  else host.onLoad(waitForQuiet);
}
