/**
 * Registering the offline service worker (vite-plugin-pwa's generated
 * `sw.js`) late, so its precache (every section's code, the photos, the
 * formula fonts: about 2.4 MB) never competes with what the page itself
 * needs first (issue 13, item 4). The `load` event alone is too early: a
 * section's code, formulas, photos and worker load after it. So, after
 * `load`, the page must have loaded no new resource for `QUIET_MS` (or
 * `MAX_WAIT_MS` have passed), and then the main thread must be idle.
 * A file of the bundle, not an inline script: the CSP forbids those.
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

function browserHost(): RegistrationHost | null {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
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
