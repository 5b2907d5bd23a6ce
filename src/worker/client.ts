/**
 * The page-side door to the metrics worker. Requests are grouped in channels
 * (one per widget readout). Within a channel, latest wins: at most one
 * request computes at a time, a newer request replaces any that is still
 * waiting, and the reply of a request that was overtaken is dropped. When the
 * worker crashes (or hangs past the watchdog), every in-flight request gets
 * an error, the worker is replaced, and the next request works.
 */
import { WORKER_CRASHED } from './protocol';

/** A live worker as the client needs it: a compute call and a way to stop it. */
export interface WorkerHandle {
  compute(metricId: string, args: Record<string, unknown>): Promise<unknown>;
  terminate(): void;
}

/** Creates a worker; it must call `onCrash` when the worker dies. */
export type WorkerFactory = (onCrash: (reason: string) => void) => WorkerHandle;

/** The result of one request: a value, an error message, or overtaken by a newer request. */
export type Outcome =
  { kind: 'value'; value: unknown } | { kind: 'error'; error: string } | { kind: 'superseded' };

interface Job {
  metricId: string;
  args: Record<string, unknown>;
  resolve: (o: Outcome) => void;
  done: boolean;
  timer?: ReturnType<typeof setTimeout>;
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
  private readonly channels = new Map<string, Channel>();
  /** Number of workers started so far (1 after the first request; grows on restarts). */
  starts = 0;

  /**
   * @param factory creates the worker (a real Web Worker in the app, a MessageChannel in tests)
   * @param watchdogMs a request computing longer than this is treated as a hung worker
   */
  constructor(
    private readonly factory: WorkerFactory,
    private readonly watchdogMs = 120_000,
  ) {}

  /** Requests `metricId(args)` on `channel`; resolves with the outcome (latest wins per channel). */
  request(channel: string, metricId: string, args: Record<string, unknown>): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      const job: Job = { metricId, args, resolve, done: false };
      const ch = this.channel(channel);
      if (ch.current) {
        if (ch.waiting) this.settle(ch.waiting, { kind: 'superseded' });
        ch.waiting = job;
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
  }

  /** Stops the worker; the next request starts a new one. */
  terminate(): void {
    this.handle?.terminate();
    this.handle = null;
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
      let handle: WorkerHandle | null = null;
      handle = this.factory((reason) => {
        if (handle && this.handle === handle) this.crash(reason);
      });
      this.handle = handle;
    }
    return this.handle;
  }

  private start(ch: Channel, job: Job): void {
    ch.current = job;
    const handle = this.worker();
    job.timer = setTimeout(() => {
      if (!job.done && this.handle === handle) this.crash('watchdog');
    }, this.watchdogMs);
    handle.compute(job.metricId, job.args).then(
      (value) => this.finish(ch, job, { kind: 'value', value }),
      (err: unknown) => this.finish(ch, job, { kind: 'error', error: errorMessage(err) }),
    );
  }

  private finish(ch: Channel, job: Job, outcome: Outcome): void {
    if (job.done || ch.current !== job) return;
    ch.current = null;
    const next = ch.waiting;
    if (next) {
      ch.waiting = null;
      this.settle(job, { kind: 'superseded' });
      this.start(ch, next);
    } else {
      this.settle(job, outcome);
    }
  }

  private crash(_reason: string): void {
    this.handle?.terminate();
    this.handle = null;
    for (const ch of this.channels.values()) {
      const job = ch.current;
      if (!job) continue;
      ch.current = null;
      const next = ch.waiting;
      if (next) {
        ch.waiting = null;
        this.settle(job, { kind: 'superseded' });
        this.start(ch, next);
      } else {
        this.settle(job, { kind: 'error', error: WORKER_CRASHED });
      }
    }
  }

  private settle(job: Job, outcome: Outcome): void {
    if (job.done) return;
    job.done = true;
    if (job.timer !== undefined) clearTimeout(job.timer);
    job.resolve(outcome);
  }
}
