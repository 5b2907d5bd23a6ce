/**
 * The page-side door to one metrics worker. Requests are grouped in channels
 * (one per widget readout). Within a channel, latest wins: at most one
 * request computes at a time, a newer request replaces any that is still
 * waiting, and the reply of a request that was overtaken is dropped.
 *
 * Failure handling:
 * - a worker that crashes with an error event: every in-flight request gets
 *   an error, the worker is replaced, and the next request works;
 * - a worker that hangs (a synchronous endless loop) or dies silently: while
 *   requests are in flight, a stall timer runs that every sign of life (a
 *   reply, or the worker saying it started a request) re-arms. While the
 *   worker computes a request it has started, it may stay silent `stallMs`;
 *   while it owes a start (nothing started is unanswered), only `startMs`.
 *   A worker silent for longer is treated as hung. It is
 *   replaced and the newest request of every busy channel is retried once on
 *   the new worker (`onRestart` is told, so readouts can say so). A request
 *   whose retry hangs too gets the WORKER_HUNG error.
 * The stall clock runs between replies, not per request, so a queue of
 * legitimate requests each shorter than `stallMs` is never taken for a hang.
 *
 * Cancellation of superseded work (`restartSupersededMs`, the heavy lane):
 * an entry's compute is one synchronous call, so a worker cannot hear of a
 * newer request while it runs. When the lane's oldest request in flight (the
 * one the worker is computing, as it answers in order) has a newer request
 * waiting on its channel and has run longer than the bound, the client does
 * not wait for its now useless result: it terminates the worker, starts a new
 * one and sends the newest request of that channel and the unanswered
 * requests of the others again (nothing is lost; caches the worker held, such
 * as decoded photos, are rebuilt). The bound is counted from the later of the
 * request's sending and the worker's start, so each new worker gets the bound
 * to load and answer before it can be restarted again. This is not a hang: no
 * restart notice is shown.
 */
import { WORKER_CRASHED, WORKER_HUNG } from './protocol';

/** A live worker as the client needs it: a compute call and a way to stop it. */
export interface WorkerHandle {
  compute(metricId: string, args: Record<string, unknown>): Promise<unknown>;
  terminate(): void;
}

/**
 * Creates a worker; it must call `onCrash` when the worker dies, and may call
 * `onStarted` each time the worker starts computing a request.
 */
export type WorkerFactory = (onCrash: (reason: string) => void, onStarted: () => void) => WorkerHandle;

/** The result of one request: a value, an error message, or overtaken by a newer request. */
export type Outcome =
  { kind: 'value'; value: unknown } | { kind: 'error'; error: string } | { kind: 'superseded' };

/** How long a client waits before it takes a silent worker for hung. */
export interface StallTiming {
  /** No reply for this long while requests are in flight means the worker hangs. */
  stallMs: number;
  /** No sign of life for this long while the worker owes the start of a request means it hangs (default stallMs). */
  startMs?: number;
  /** Extra time allowed before a fresh worker's first reply (it loads its code first). */
  startupGraceMs?: number;
  /** Called after a hung worker was replaced and requests were retried. */
  onRestart?: () => void;
  /**
   * A superseded request still computing after this long is abandoned: the
   * worker is restarted and the newest request sent (see the file's doc comment).
   * Default: never (wait for it).
   */
  restartSupersededMs?: number;
}

interface Job {
  metricId: string;
  args: Record<string, unknown>;
  resolve: (o: Outcome) => void;
  done: boolean;
  /** True once the job was re-sent after a hang (it is retried at most once). */
  retried: boolean;
  /** Date.now() when the job was last sent to a worker. */
  sentAt: number;
}

interface Channel {
  current: Job | null;
  waiting: Job | null;
}

/** Message of an error thrown in the worker (comlink rebuilds Error objects). */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'object' && err !== null && 'message' in err)
    return String((err as { message: unknown }).message);
  return String(err);
}

export class MetricClient {
  private handle: WorkerHandle | null = null;
  /** True once the current worker has answered anything (its code is loaded). */
  private answered = false;
  /** Requests the current worker said it started minus those it answered. */
  private running = 0;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private staleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Date.now() when the current worker was started. */
  private bornAt = 0;
  private readonly channels = new Map<string, Channel>();
  private readonly timing: StallTiming;
  /** Number of workers started so far (1 after the first request; grows on restarts). */
  starts = 0;
  /** Number of hung workers detected and replaced so far. */
  hangs = 0;
  /** Number of workers restarted to abandon a superseded request. */
  cancels = 0;

  /**
   * @param factory creates the worker (a real Web Worker in the app, a MessageChannel in tests)
   * @param timing the stall threshold in ms, or the full timing (see StallTiming)
   */
  constructor(
    private readonly factory: WorkerFactory,
    timing: number | StallTiming = 120_000,
  ) {
    this.timing = typeof timing === 'number' ? { stallMs: timing } : timing;
  }

  /** Requests `metricId(args)` on `channel`; resolves with the outcome (latest wins per channel). */
  request(channel: string, metricId: string, args: Record<string, unknown>): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      const job: Job = { metricId, args, resolve, done: false, retried: false, sentAt: 0 };
      const ch = this.channel(channel);
      if (ch.current) {
        if (ch.waiting) this.settle(ch.waiting, { kind: 'superseded' });
        ch.waiting = job;
        this.armStaleCheck();
      } else {
        this.start(ch, job);
      }
    });
  }

  /** Forgets a channel (its waiting request is dropped; an in-flight reply will be ignored). */
  dispose(channel: string): void {
    const ch = this.channels.get(channel);
    if (!ch) return;
    if (ch.waiting) this.settle(ch.waiting, { kind: 'superseded' });
    if (ch.current) this.settle(ch.current, { kind: 'superseded' });
    this.channels.delete(channel);
    this.updateStallTimer(false);
    this.armStaleCheck();
  }

  /** Stops the worker; the next request starts a new one. */
  terminate(): void {
    this.handle?.terminate();
    this.handle = null;
    this.clearStallTimer();
    this.clearStaleTimer();
  }

  private channel(name: string): Channel {
    let ch = this.channels.get(name);
    if (!ch) {
      ch = { current: null, waiting: null };
      this.channels.set(name, ch);
    }
    return ch;
  }

  private worker(): WorkerHandle {
    if (!this.handle) {
      this.starts++;
      this.bornAt = Date.now();
      this.answered = false;
      this.running = 0;
      let handle: WorkerHandle | null = null;
      handle = this.factory(
        (reason) => {
          if (handle && this.handle === handle) this.crash(reason);
        },
        () => {
          if (!handle || this.handle !== handle) return;
          this.answered = true;
          this.running++;
          this.updateStallTimer(true);
        },
      );
      this.handle = handle;
    }
    return this.handle;
  }

  private inFlight(): boolean {
    for (const ch of this.channels.values()) if (ch.current && !ch.current.done) return true;
    return false;
  }

  private clearStallTimer(): void {
    if (this.stallTimer !== undefined) clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
  }

  /** Re-arms the stall timer (`progress`: the worker just answered), or stops it when idle. */
  private updateStallTimer(progress: boolean): void {
    if (!this.inFlight()) return this.clearStallTimer();
    if (this.stallTimer !== undefined && !progress) return;
    this.clearStallTimer();
    const handle = this.handle;
    const grace = this.answered ? 0 : (this.timing.startupGraceMs ?? 0);
    const limit = this.running > 0 ? this.timing.stallMs : (this.timing.startMs ?? this.timing.stallMs);
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      if (handle && this.handle === handle && this.inFlight()) this.hang();
    }, limit + grace);
  }

  private start(ch: Channel, job: Job): void {
    ch.current = job;
    const handle = this.worker();
    job.sentAt = Date.now();
    this.updateStallTimer(false);
    handle.compute(job.metricId, job.args).then(
      (value) => this.reply(handle, ch, job, { kind: 'value', value }),
      (err: unknown) => this.reply(handle, ch, job, { kind: 'error', error: errorMessage(err) }),
    );
  }

  private reply(handle: WorkerHandle, ch: Channel, job: Job, outcome: Outcome): void {
    if (this.handle === handle) {
      this.answered = true;
      this.running = Math.max(0, this.running - 1);
    }
    this.finish(ch, job, outcome);
    if (this.handle === handle) this.updateStallTimer(true);
    this.armStaleCheck();
  }

  private clearStaleTimer(): void {
    if (this.staleTimer !== undefined) clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
  }

  /** The oldest request in flight, and its channel, when a newer request waits behind it. */
  private staleOldest(): { ch: Channel; job: Job } | null {
    let oldest: { ch: Channel; job: Job } | null = null;
    for (const ch of this.channels.values()) {
      const job = ch.current;
      if (job && !job.done && (!oldest || job.sentAt < oldest.job.sentAt)) oldest = { ch, job };
    }
    return oldest && oldest.ch.waiting ? oldest : null;
  }

  /** Times the abandonment of a superseded request (restartSupersededMs), or stops the timer. */
  private armStaleCheck(): void {
    this.clearStaleTimer();
    const bound = this.timing.restartSupersededMs;
    const stale = bound === undefined ? null : this.staleOldest();
    if (bound === undefined || !stale) return;
    const due = Math.max(stale.job.sentAt, this.bornAt) + bound;
    this.staleTimer = setTimeout(
      () => {
        this.staleTimer = undefined;
        const still = this.staleOldest();
        if (still?.job !== stale.job) return this.armStaleCheck();
        if (this.running > 0) this.abandon(stale.ch);
      },
      Math.max(0, due - Date.now()),
    );
  }

  /** Restarts the worker to drop a superseded request: newest requests go to the new worker. */
  private abandon(stale: Channel): void {
    this.cancels++;
    this.replaceWorker(stale, (ch, job) => {
      const next = ch.waiting;
      ch.waiting = null;
      if (next) this.settle(job, { kind: 'superseded' });
      this.start(ch, next ?? job);
    });
    this.armStaleCheck();
  }

  private finish(ch: Channel, job: Job, outcome: Outcome): void {
    if (job.done || ch.current !== job) return;
    ch.current = null;
    this.handOn(ch, job, outcome);
  }

  /** `job` has left `ch`: a waiting request supersedes it and starts, otherwise it settles with `outcome`. */
  private handOn(ch: Channel, job: Job, outcome: Outcome): void {
    const next = ch.waiting;
    if (next) {
      ch.waiting = null;
      this.settle(job, { kind: 'superseded' });
      this.start(ch, next);
    } else {
      this.settle(job, outcome);
    }
  }

  /** The worker died with an error event: in-flight requests fail, waiting ones go to a new worker. */
  private crash(_reason: string): void {
    this.replaceWorker(null, (ch, job) => {
      this.handOn(ch, job, { kind: 'error', error: WORKER_CRASHED });
    });
  }

  /** The worker stopped answering: the newest request of each busy channel is retried once. */
  private hang(): void {
    this.hangs++;
    this.replaceWorker(null, (ch, job) => {
      const newest = ch.waiting ?? job;
      ch.waiting = null;
      if (newest !== job) this.settle(job, { kind: 'superseded' });
      if (newest.retried) return this.settle(newest, { kind: 'error', error: WORKER_HUNG });
      newest.retried = true;
      this.start(ch, newest);
    });
    this.timing.onRestart?.();
  }

  /** Terminates the worker and hands each busy channel's request to `each` (`first`'s before the others). */
  private replaceWorker(first: Channel | null, each: (ch: Channel, job: Job) => void): void {
    this.handle?.terminate();
    this.handle = null;
    this.clearStallTimer();
    this.clearStaleTimer();
    const channels = [...this.channels.values()];
    if (first) channels.sort((a, b) => Number(b === first) - Number(a === first));
    for (const ch of channels) {
      const job = ch.current;
      if (!job) continue;
      ch.current = null;
      each(ch, job);
    }
  }

  private settle(job: Job, outcome: Outcome): void {
    if (job.done) return;
    job.done = true;
    job.resolve(outcome);
  }
}
