/**
 * At most one call per animation frame: `push(value)` keeps the newest value
 * and the frame delivers it once, so a burst of pointer moves costs one
 * redraw and one metric request per frame. Pure over the frame functions it
 * is given, so tests drive it with a fake requestAnimationFrame.
 */

/** The frame functions (window.requestAnimationFrame / cancelAnimationFrame). */
export interface FrameClock {
  request: (callback: () => void) => number;
  cancel: (handle: number) => void;
}

/** A per-frame coalescer of values of type T. */
export interface FrameCoalescer<T> {
  /** Keeps `value` as the newest; schedules one delivery in the next frame. */
  push: (value: T) => void;
  /** Delivers the pending value now (e.g. when a stroke ends), if any. */
  flush: () => void;
  /** Drops the pending value and its frame. */
  cancel: () => void;
  /** Whether a value waits for its frame. */
  pending: () => boolean;
}

/** A coalescer that calls `deliver` with the newest pushed value once per frame. */
export function frameCoalescer<T>(clock: FrameClock, deliver: (value: T) => void): FrameCoalescer<T> {
  let handle: number | null = null;
  let box: { value: T } | null = null;
  const flush = () => {
    if (handle !== null) clock.cancel(handle);
    handle = null;
    const next = box;
    box = null;
    if (next) deliver(next.value);
  };
  return {
    push: (value) => {
      box = { value };
      handle ??= clock.request(() => {
        handle = null;
        flush();
      });
    },
    flush,
    cancel: () => {
      if (handle !== null) clock.cancel(handle);
      handle = null;
      box = null;
    },
    pending: () => box !== null,
  };
}

/** The browser's frame clock (a 16 ms timer where there is no requestAnimationFrame). */
export function browserFrameClock(): FrameClock {
  if (typeof requestAnimationFrame === 'function') {
    return { request: (cb) => requestAnimationFrame(cb), cancel: (h) => cancelAnimationFrame(h) };
  }
  return {
    request: (cb) => setTimeout(cb, 16) as unknown as number,
    cancel: (h) => clearTimeout(h as unknown as ReturnType<typeof setTimeout>),
  };
}
