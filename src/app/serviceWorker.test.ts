import { describe, expect, it } from 'vitest';
import {
  IDLE_TIMEOUT_MS,
  MAX_WAIT_MS,
  QUIET_MS,
  registerServiceWorkerWhenIdle,
  serviceWorkerReplaced,
  watchForReplacement,
  type ControllerSource,
  type RegistrationHost,
} from './serviceWorker';

/** A host on a hand-driven clock that records what happens. */
function fakeHost(readyState: DocumentReadyState, register: () => Promise<unknown> = async () => undefined) {
  const log: string[] = [];
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  let load: (() => void) | null = null;
  let idle: (() => void) | null = null;
  const resourceListeners = new Set<() => void>();
  const host: RegistrationHost = {
    readyState,
    onLoad: (run) => {
      log.push('wait-load');
      load = run;
    },
    onResource: (run) => {
      resourceListeners.add(run);
      return () => resourceListeners.delete(run);
    },
    after: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    whenIdle: (run, timeout) => {
      log.push(`wait-idle ${timeout} at ${now}`);
      idle = run;
    },
    register: () => {
      log.push('register');
      return register();
    },
  };
  /** Moves the clock to `to`, running the timers that fall due. */
  const advance = (to: number) => {
    for (;;) {
      const due = timers.filter((t) => t.at <= to).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.run();
    }
    now = to;
  };
  return {
    host,
    log,
    advance,
    fireLoad: () => load?.(),
    fireIdle: () => idle?.(),
    request: () => resourceListeners.forEach((run) => run()),
    listeners: () => resourceListeners.size,
  };
}

describe('service worker registration', () => {
  it('waits for load, a quiet spell without requests, then an idle period, then registers', () => {
    const f = fakeHost('interactive');
    registerServiceWorkerWhenIdle(f.host);
    expect(f.log).toEqual(['wait-load']);
    f.fireLoad();
    f.advance(QUIET_MS - 1);
    f.request(); // a section chunk, a font, a photo...
    f.advance(2 * QUIET_MS - 2);
    expect(f.log).toEqual(['wait-load']);
    f.advance(2 * QUIET_MS - 1);
    expect(f.log).toEqual(['wait-load', `wait-idle ${IDLE_TIMEOUT_MS} at ${2 * QUIET_MS - 1}`]);
    expect(f.listeners()).toBe(0);
    f.fireIdle();
    expect(f.log.at(-1)).toBe('register');
  });

  it('stops waiting for quiet after MAX_WAIT_MS of steady requests, and registers once', () => {
    const f = fakeHost('complete');
    registerServiceWorkerWhenIdle(f.host);
    for (let t = 0; t < 2 * MAX_WAIT_MS; t += QUIET_MS / 2) {
      f.advance(t);
      f.request();
    }
    expect(f.log).toEqual([`wait-idle ${IDLE_TIMEOUT_MS} at ${MAX_WAIT_MS}`]);
    f.fireIdle();
    expect(f.log.filter((l) => l === 'register')).toHaveLength(1);
  });

  it('ignores a failed registration and does nothing without service workers', async () => {
    const f = fakeHost('complete', () => Promise.reject(new Error('blocked')));
    registerServiceWorkerWhenIdle(f.host);
    f.advance(QUIET_MS);
    f.fireIdle();
    await Promise.resolve();
    expect(f.log.at(-1)).toBe('register');
    expect(() => registerServiceWorkerWhenIdle(null)).not.toThrow();
  });
});

describe('watchForReplacement', () => {
  /** A `navigator.serviceWorker` stand-in whose controller changes on demand. */
  function fakeContainer(controller: unknown) {
    const listeners: (() => void)[] = [];
    const container: ControllerSource = {
      controller,
      addEventListener: (_type, run) => listeners.push(run),
    };
    return { container, change: () => listeners.forEach((run) => run()) };
  }

  it("does not count the first visit's claim as a replacement", () => {
    const f = fakeContainer(null);
    const replaced = watchForReplacement(f.container);
    f.change();
    expect(replaced()).toBe(false);
  });

  it('counts a new worker taking over a page that was already controlled', () => {
    const f = fakeContainer({});
    const replaced = watchForReplacement(f.container);
    expect(replaced()).toBe(false);
    f.change();
    expect(replaced()).toBe(true);
  });

  it('is false where no service worker was ever watched', () => {
    expect(serviceWorkerReplaced()).toBe(false);
  });
});
