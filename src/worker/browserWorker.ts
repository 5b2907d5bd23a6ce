/**
 * The app's worker factory: module Web Workers running metrics.worker.ts,
 * wrapped with comlink, reporting crashes to the client. The page runs two
 * of them, a light lane and a heavy lane (lanes.ts).
 */
import * as Comlink from 'comlink';
import { isStartedMessage, type MetricsWorkerApi } from './protocol';
import { MetricClient, type WorkerFactory, type WorkerHandle } from './client';
import { LanedClient, type Lane } from './lanes';
import { noteWorkerRestart } from './restartNotice';
import { browserClock, flushOnPrint, RequestScheduler } from './scheduler';

/** Starts a metrics worker named `metrics-<lane>` and wires its error events to `onCrash`. */
export function startBrowserWorker(lane: Lane): WorkerFactory {
  return (onCrash: (reason: string) => void, onStarted?: () => void): WorkerHandle => {
    const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), {
      type: 'module',
      name: `metrics-${lane}`,
    });
    worker.addEventListener('error', (e) => onCrash(e.message || 'worker error'));
    worker.addEventListener('messageerror', () => onCrash('message could not be read'));
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      if (isStartedMessage(e.data)) onStarted?.();
    });
    const api = Comlink.wrap<MetricsWorkerApi>(worker);
    return {
      compute: (id, args) => api.compute(id, args),
      terminate: () => {
        api[Comlink.releaseProxy]();
        worker.terminate();
      },
    };
  };
}

/**
 * Stall thresholds. A worker says when it starts a request; one that has not
 * started the next request 2.5 s after it was due is stuck (both lanes). Once
 * started, a light request answers in milliseconds, so 2.5 s of silence means
 * a hang; one heavy request (a photo pair, COCO evaluation) can take seconds
 * on a slow machine, so that lane waits 12 s. A fresh worker gets 10 s more
 * to load its code before it answers at all (a busy machine is slow at it).
 */
const TIMING: Readonly<Record<Lane, number>> = { light: 2500, heavy: 12_000 };
const START_MS = 2500;
const STARTUP_GRACE_MS = 10_000;
/**
 * A superseded heavy request still computing after 1.5 s is abandoned (the
 * heavy worker is restarted, client.ts). Photo renders usually answer well
 * within it; restarting costs the worker's start and its photo decoding, so
 * the bound stays above that cost.
 */
const RESTART_SUPERSEDED_MS: Readonly<Record<Lane, number | undefined>> = {
  light: undefined,
  heavy: 1500,
};

let shared: RequestScheduler | null = null;

/** The one scheduler the whole page shares (one worker per lane, many channels). */
export function getMetricClient(): RequestScheduler {
  const lane = (name: Lane) =>
    new MetricClient(startBrowserWorker(name), {
      stallMs: TIMING[name],
      startMs: START_MS,
      startupGraceMs: STARTUP_GRACE_MS,
      onRestart: noteWorkerRestart,
      restartSupersededMs: RESTART_SUPERSEDED_MS[name],
    });
  if (!shared) {
    const scheduler = new RequestScheduler(
      new LanedClient({ light: lane('light'), heavy: lane('heavy') }),
      browserClock(),
    );
    if (typeof window !== 'undefined') flushOnPrint(scheduler, window);
    shared = scheduler;
  }
  return shared;
}

/**
 * Sends every metric request still waiting (off-screen figures wait for an
 * idle page) and resolves once all of them have answered: printing calls it,
 * and so will export, so that every readout has its value.
 */
export function flushMetricRequests(): Promise<void> {
  return getMetricClient().flush();
}
