/**
 * The in-page half of `npm run bench:ui`: installed with `page.addInitScript`
 * before the app's scripts run, it timestamps inputs and readout changes
 * inside the page (performance.now() clock), so Playwright's round trips never
 * count. It records long tasks (buffered), the cold-load milestones (first
 * numeric readout, all readouts valued and none busy) and, once armed, the time
 * from the next input event to the moment the watched figures' readouts have
 * changed and none is `aria-busy`. The page reads it as `window.__benchUi`.
 *
 * Only `installProbe` runs in the page; it must not reference anything outside
 * its own body (it is serialised with `Function.prototype.toString`).
 */

/** One long task (PerformanceObserver 'longtask'). */
export interface LongTask {
  start: number;
  duration: number;
}

/** The cold-load milestones, ms from navigation start. */
export interface LoadState {
  /** First readout whose data-value is a number (or ±inf). */
  firstNumeric: number | null;
  /** When every readout last became valued and not busy (null while not so). */
  allDone: number | null;
  /** Readouts on the page now. */
  readouts: number;
  /** Readouts still without a value or busy now. */
  pending: number;
  now: number;
}

/** How one input ended. */
export type InputStatus = 'changed' | 'unchanged' | 'nochange' | 'timeout' | 'noinput';

/** The timing of one armed input. */
export interface InputResult {
  status: InputStatus;
  /** event.timeStamp of the first input event seen after arming. */
  eventTime: number | null;
  /** performance.now() in the capture-phase listener of that event. */
  listenerTime: number | null;
  /** performance.now() when the readouts were found changed and not busy (or gave up). */
  endTime: number;
  /** Readouts watched. */
  readouts: number;
}

/** Options of `arm`. */
export interface ArmOptions {
  /** Widget ids whose `figure[data-widget]` readouts are watched. */
  figures: string[];
  /** Input event types that start the clock (capture phase on window). */
  events: string[];
  /** Give up after this long (ms from the input event). */
  timeoutMs: number;
  /** "No update" after this long without any busy readout or change. */
  quietMs: number;
}

/** What the page exposes as `window.__benchUi`. */
export interface PageProbe {
  longTasks: LongTask[];
  load: () => LoadState;
  arm: (options: ArmOptions) => void;
  wait: () => Promise<InputResult>;
}

/** Installs `window.__benchUi`. Runs in the page, before the app. */
export function installProbe(): void {
  const longTasks: LongTask[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the list stays empty.
  }
  const isNumeric = (v: string | null): boolean =>
    v !== null && (v === 'inf' || v === '-inf' || (v.trim() !== '' && Number.isFinite(Number(v))));

  // Cold load: watch the whole document from the start.
  let firstNumeric: number | null = null;
  let allDone: number | null = null;
  const loadCheck = (): void => {
    const all = document.querySelectorAll('[data-metric]');
    let pending = 0;
    for (const el of all) {
      const v = el.getAttribute('data-value');
      if (firstNumeric === null && isNumeric(v)) firstNumeric = performance.now();
      if (v === null || el.getAttribute('aria-busy') === 'true') pending += 1;
    }
    const done = all.length > 0 && pending === 0;
    if (done && allDone === null) allDone = performance.now();
    if (!done) allDone = null;
  };
  new MutationObserver(loadCheck).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-value', 'aria-busy'],
  });
  const loadFrame = (): void => {
    loadCheck();
    requestAnimationFrame(loadFrame);
  };
  requestAnimationFrame(loadFrame);

  // Input latency: one armed input at a time.
  interface Armed {
    options: ArmOptions;
    readouts: Element[];
    before: string[];
    armedAt: number;
    eventTime: number | null;
    listenerTime: number | null;
    sawBusy: boolean;
    result: InputResult | null;
    resolve: ((r: InputResult) => void) | null;
    observer: MutationObserver;
    listener: (e: Event) => void;
  }
  let armed: Armed | null = null;
  const readoutsOf = (figures: string[]): Element[] =>
    figures.flatMap((id) => [...document.querySelectorAll(`figure[data-widget="${id}"] [data-metric]`)]);
  const finish = (a: Armed, status: InputStatus): void => {
    if (a.result) return;
    a.result = {
      status,
      eventTime: a.eventTime,
      listenerTime: a.listenerTime,
      endTime: performance.now(),
      readouts: a.readouts.length,
    };
    a.observer.disconnect();
    for (const type of a.options.events) window.removeEventListener(type, a.listener, true);
    if (a.resolve) a.resolve(a.result);
  };
  const check = (a: Armed): void => {
    if (a.result) return;
    const now = performance.now();
    if (a.eventTime === null) {
      if (now - a.armedAt > a.options.timeoutMs) finish(a, 'noinput');
      return;
    }
    // Re-query: a figure may re-create its readout elements.
    const current = readoutsOf(a.options.figures);
    let busy = false;
    let changed = current.length !== a.before.length;
    current.forEach((el, i) => {
      if (el.getAttribute('aria-busy') === 'true') busy = true;
      if (el.getAttribute('data-value') !== a.before[i]) changed = true;
    });
    if (busy) a.sawBusy = true;
    const since = now - a.eventTime;
    if (!busy && changed) finish(a, 'changed');
    else if (!busy && a.sawBusy) finish(a, 'unchanged');
    else if (!a.sawBusy && !changed && since > a.options.quietMs) finish(a, 'nochange');
    else if (since > a.options.timeoutMs) finish(a, 'timeout');
  };
  const frame = (a: Armed): void => {
    check(a);
    if (!a.result) requestAnimationFrame(() => frame(a));
  };
  const probe: PageProbe = {
    longTasks,
    load: () => {
      loadCheck();
      const all = document.querySelectorAll('[data-metric]');
      let pending = 0;
      for (const el of all) {
        if (el.getAttribute('data-value') === null || el.getAttribute('aria-busy') === 'true') pending += 1;
      }
      return { firstNumeric, allDone, readouts: all.length, pending, now: performance.now() };
    },
    arm: (options) => {
      if (armed && !armed.result) finish(armed, 'noinput');
      const readouts = readoutsOf(options.figures);
      const a: Armed = {
        options,
        readouts,
        before: readouts.map((el) => el.getAttribute('data-value') ?? ''),
        armedAt: performance.now(),
        eventTime: null,
        listenerTime: null,
        sawBusy: false,
        result: null,
        resolve: null,
        observer: new MutationObserver(() => check(a)),
        listener: (e: Event) => {
          if (a.eventTime !== null) return;
          a.listenerTime = performance.now();
          a.eventTime = Math.min(e.timeStamp, a.listenerTime);
          queueMicrotask(() => check(a));
        },
      };
      armed = a;
      for (const type of options.events) window.addEventListener(type, a.listener, true);
      for (const id of options.figures) {
        const fig = document.querySelector(`figure[data-widget="${id}"]`);
        if (fig) {
          a.observer.observe(fig, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-value', 'aria-busy'],
          });
        }
      }
      requestAnimationFrame(() => frame(a));
    },
    wait: () =>
      new Promise<InputResult>((resolve) => {
        const a = armed;
        if (!a) {
          resolve({
            status: 'noinput',
            eventTime: null,
            listenerTime: null,
            endTime: performance.now(),
            readouts: 0,
          });
          return;
        }
        if (a.result) resolve(a.result);
        else a.resolve = resolve;
        // rAF stops in a hidden page; a timer keeps the verdict coming.
        const tick = (): void => {
          check(a);
          if (!a.result) setTimeout(tick, 50);
        };
        setTimeout(tick, 50);
      }),
  };
  (window as unknown as { __benchUi: PageProbe }).__benchUi = probe;
}

/**
 * The init script's source: `installProbe` plus a `__name` shim (tsx keeps
 * function names with an `__name` helper that does not exist in the page).
 */
export function probeScript(): string {
  return `globalThis.__name = globalThis.__name || ((f) => f);\n(${installProbe.toString()})();`;
}
