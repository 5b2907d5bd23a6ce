/**
 * The app's worker factory: a module Web Worker running metrics.worker.ts,
 * wrapped with comlink, reporting crashes to the client.
 */
import * as Comlink from 'comlink';
import type { MetricsWorkerApi } from './protocol';
import { MetricClient, type WorkerHandle } from './client';

/** Starts the metrics worker and wires its error events to `onCrash`. */
export function startBrowserWorker(onCrash: (reason: string) => void): WorkerHandle {
  const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', (e) => onCrash(e.message || 'worker error'));
  worker.addEventListener('messageerror', () => onCrash('message could not be read'));
  const api = Comlink.wrap<MetricsWorkerApi>(worker);
  return {
    compute: (id, args) => api.compute(id, args),
    terminate: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

let shared: MetricClient | null = null;

/** The one client the whole page shares (one worker, many channels). */
export function getMetricClient(): MetricClient {
  shared ??= new MetricClient(startBrowserWorker);
  return shared;
}
