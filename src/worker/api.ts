/**
 * The worker-side API object: dispatches a metric id to the registry. It is a
 * plain object so unit tests can call it directly or over a MessageChannel.
 */
import type { MetricEntry } from '../metrics/entry';
import type { MetricsWorkerApi } from './protocol';

/** Builds the API over a registry lookup; unknown ids reject with a clear message. */
export function createWorkerApi(
  lookup: (id: string) => MetricEntry | undefined,
  listIds: () => string[],
): MetricsWorkerApi {
  return {
    async compute(metricId, args) {
      const entry = lookup(metricId);
      if (!entry) throw new Error(`Unknown metric "${metricId}".`);
      return entry.compute(args);
    },
    async ids() {
      return listIds();
    },
  };
}
