/**
 * The worker-side API object: dispatches a metric id to the registry. It is a
 * plain object so unit tests can call it directly or over a MessageChannel.
 */
import type { MetricEntry } from '../metrics/entry';
import type { MetricsWorkerApi } from './protocol';

/** Optional steps around a computation (used by the real worker; tests may leave them out). */
export interface WorkerApiHooks {
  /** Called as a computation starts, before anything slow (the real worker tells the page). */
  started?: (metricId: string) => void;
  /** Rewrites a request's arguments before the entry runs (e.g. decodes a photo named by id). */
  prepare?: (metricId: string, args: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** Wraps a result for sending (e.g. marks its fresh pixel buffers for transfer). */
  send?: (metricId: string, result: unknown) => unknown;
}

/** Builds the API over a registry lookup; unknown ids reject with a clear message. */
export function createWorkerApi(
  lookup: (id: string) => MetricEntry | undefined,
  listIds: () => string[],
  hooks: WorkerApiHooks = {},
): MetricsWorkerApi {
  return {
    async compute(metricId, args) {
      hooks.started?.(metricId);
      const entry = lookup(metricId);
      if (!entry) throw new Error(`Unknown metric "${metricId}".`);
      const ready = hooks.prepare ? await hooks.prepare(metricId, args) : args;
      const result = entry.compute(ready);
      return hooks.send ? hooks.send(metricId, result) : result;
    },
    async ids() {
      return listIds();
    },
  };
}
