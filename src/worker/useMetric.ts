/**
 * React hook: the newest value of a metric computed in the worker.
 * Pass a memoised `args` object (useMemo): a new object is a new request.
 * `null` args means "nothing to compute yet".
 */
import { useEffect, useId, useState } from 'react';
import type { MetricState } from './protocol';
import { getMetricClient } from './browserWorker';

/** Computes `metricId(args)` in the worker; latest wins while args change quickly. */
export function useMetric<T = unknown>(
  metricId: string,
  args: Record<string, unknown> | null,
): MetricState<T> {
  const channel = useId();
  const [state, setState] = useState<MetricState<T>>({
    value: undefined,
    pending: args !== null,
    error: null,
  });

  useEffect(() => {
    if (args === null) return;
    let live = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    void getMetricClient()
      .request(channel, metricId, args)
      .then((outcome) => {
        if (!live || outcome.kind === 'superseded') return;
        setState((s) =>
          outcome.kind === 'value'
            ? { value: outcome.value as T, pending: false, error: null }
            : { value: s.value, pending: false, error: outcome.error },
        );
      });
    return () => {
      live = false;
    };
  }, [channel, metricId, args]);

  useEffect(() => () => getMetricClient().dispose(channel), [channel]);

  return state;
}
