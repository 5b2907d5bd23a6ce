/**
 * The door's scheduler, between the hooks (useMetric, useMetricBatch,
 * useMetricCommand) and the laned worker client. It decides when a request
 * leaves the page:
 *
 * - Coalescing: a readout (channel) sends at most one request per animation
 *   frame. Requests wait for the next frame; a newer one for the same channel
 *   replaces the waiting one (which resolves `superseded`), so a drag that
 *   fires five pointer moves in a frame sends one request, with the newest
 *   arguments. Behind the scheduler the client keeps latest-wins per channel
 *   (one computing, at most one waiting), so stale work never queues.
 * - Priority by visibility: requests of figures on or near the screen
 *   (widgets/figureVisibility.ts) are sent at the next frame. Requests of
 *   off-screen figures wait until the page is idle and their lane has
 *   nothing of ours in flight, and then go one at a time per lane, so the
 *   worker's queue never holds more than one background request ahead of an
 *   interactive one. They are always computed (every readout gets its value
 *   wherever the reader scrolls); a figure that comes near is sent at once.
 * - `flush()` sends everything that waits, at once, and resolves when all
 *   requests in flight at that moment have settled: the page calls it on
 *   `beforeprint`, and export will call it (flushMetricRequests).
 *
 * Superseded heavy work that is already computing is abandoned by the
 * client, which restarts the heavy worker (client.ts, `restartSupersededMs`).
 */
import type { Outcome } from './client';
import { laneOf, type Lane } from './lanes';
import { ALWAYS_NEAR, type FigureVisibility } from '../widgets/figureVisibility';

/** What the scheduler sends to: the laned client (latest wins per channel). */
export interface RequestTarget {
  request(channel: string, metricId: string, args: Record<string, unknown>): Promise<Outcome>;
  dispose(channel: string): void;
}

/** When things run: the next animation frame, and the next idle period. */
export interface SchedulerClock {
  /** Calls `cb` once at the next animation frame. */
  frame(cb: () => void): void;
  /** Calls `cb` once when the page is idle (with a timeout, so it always comes). */
  idle(cb: () => void): void;
}

interface Pending {
  metricId: string;
  args: Record<string, unknown>;
  resolve: (o: Outcome) => void;
}

interface Slot {
  pending: Pending | null;
  visibility: FigureVisibility;
  unsubscribe: (() => void) | null;
}

/** Schedules the page's metric requests (see the file's doc comment). */
export class RequestScheduler {
  private readonly slots = new Map<string, Slot>();
  private readonly inFlight = new Set<Promise<Outcome>>();
  private readonly busy: Record<Lane, number> = { light: 0, heavy: 0 };
  private frameQueued = false;
  private idleQueued = false;
  /** Requests sent to the client so far (for tests and benches). */
  sent = 0;

  constructor(
    private readonly target: RequestTarget,
    private readonly clock: SchedulerClock,
  ) {}

  /** Schedules `metricId(args)` on `channel`, first if `visibility` says near; newest per channel wins. */
  request(
    channel: string,
    metricId: string,
    args: Record<string, unknown>,
    visibility: FigureVisibility = ALWAYS_NEAR,
  ): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      const slot = this.slot(channel, visibility);
      slot.pending?.resolve({ kind: 'superseded' });
      slot.pending = { metricId, args, resolve };
      this.place(channel, slot);
    });
  }

  /** Forgets `channel`: its waiting request resolves `superseded`, the client drops its work. */
  dispose(channel: string): void {
    const slot = this.slots.get(channel);
    if (slot) {
      slot.pending?.resolve({ kind: 'superseded' });
      slot.unsubscribe?.();
      this.slots.delete(channel);
    }
    this.target.dispose(channel);
  }

  /** Sends every waiting request now; resolves once everything in flight at that moment has settled. */
  async flush(): Promise<void> {
    for (const [channel, slot] of this.slots) this.send(channel, slot);
    await Promise.all([...this.inFlight]);
  }

  /** Number of requests waiting to be sent. */
  waiting(): number {
    let n = 0;
    for (const slot of this.slots.values()) if (slot.pending) n++;
    return n;
  }

  private slot(channel: string, visibility: FigureVisibility): Slot {
    let slot = this.slots.get(channel);
    if (slot && slot.visibility !== visibility) {
      slot.unsubscribe?.();
      slot.unsubscribe = null;
      slot.visibility = visibility;
    }
    if (!slot) {
      slot = { pending: null, visibility, unsubscribe: null };
      this.slots.set(channel, slot);
    }
    return slot;
  }

  /** Near: at the next frame. Far: when idle, or at the next frame after the figure comes near. */
  private place(channel: string, slot: Slot): void {
    if (slot.visibility.near()) return this.scheduleFrame();
    slot.unsubscribe ??= slot.visibility.subscribe(() => {
      if (slot.visibility.near() && slot.pending && this.slots.get(channel) === slot) this.scheduleFrame();
    });
    this.scheduleIdle();
  }

  private scheduleFrame(): void {
    if (this.frameQueued) return;
    this.frameQueued = true;
    this.clock.frame(() => {
      this.frameQueued = false;
      for (const [channel, slot] of this.slots) {
        if (!slot.pending) continue;
        // A figure that left the screen since its request was made waits for idle time.
        if (slot.visibility.near()) this.send(channel, slot);
        else this.place(channel, slot);
      }
    });
  }

  private scheduleIdle(): void {
    if (this.idleQueued) return;
    this.idleQueued = true;
    this.clock.idle(() => {
      this.idleQueued = false;
      this.sendBackground();
    });
  }

  /** Sends the oldest waiting off-screen request of each lane that has nothing of ours in flight. */
  private sendBackground(): void {
    const free: Record<Lane, boolean> = { light: this.busy.light === 0, heavy: this.busy.heavy === 0 };
    for (const [channel, slot] of this.slots) {
      const p = slot.pending;
      if (!p || slot.visibility.near()) continue;
      const lane = laneOf(p.metricId);
      if (!free[lane]) continue;
      free[lane] = false;
      this.send(channel, slot);
    }
  }

  private hasBackground(): boolean {
    for (const slot of this.slots.values()) if (slot.pending && !slot.visibility.near()) return true;
    return false;
  }

  private send(channel: string, slot: Slot): void {
    const p = slot.pending;
    if (!p) return;
    slot.pending = null;
    slot.unsubscribe?.();
    slot.unsubscribe = null;
    const lane = laneOf(p.metricId);
    this.busy[lane]++;
    this.sent++;
    const out = this.target.request(channel, p.metricId, p.args);
    this.inFlight.add(out);
    void out.then((outcome) => {
      this.inFlight.delete(out);
      this.busy[lane]--;
      p.resolve(outcome);
      if (this.hasBackground()) this.scheduleIdle();
    });
  }
}

/** Flushes `scheduler` whenever `target` (the window) fires `beforeprint`; returns the unsubscribe function. */
export function flushOnPrint(scheduler: RequestScheduler, target: EventTarget): () => void {
  const onPrint = () => void scheduler.flush();
  target.addEventListener('beforeprint', onPrint);
  return () => target.removeEventListener('beforeprint', onPrint);
}

/** Frames by requestAnimationFrame, with a timer in case frames stop (a hidden tab). */
export function browserClock(idleTimeoutMs = 1000): SchedulerClock {
  return {
    frame(cb) {
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        cb();
      };
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
      setTimeout(once, 100);
    },
    idle(cb) {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => cb(), { timeout: idleTimeoutMs });
      else setTimeout(cb, 50);
    },
  };
}
