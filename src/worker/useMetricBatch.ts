/**
 * React hook: one metric computed for each of a list of argument objects
 * (a sweep), delivered together once every value has arrived. Each item has
 * its own channel, so a new list replaces the old one item by item.
 */
import { useEffect, useId, useState } from 'react';
import type { MetricState } from './protocol';
import type { DoorId, MetricArgs, MetricResult } from './door';
import { disposeChannel, requestEntry } from './typedRequest';

/**
 * `metricId` of every element of `argsList` (memoise the list: a new array is
 * a new batch). The value is the list of results in order; the error is the
 * first failing request's message; `null` means nothing to compute yet.
 */
export function useMetricBatch<Id extends DoorId>(
  metricId: Id,
  argsList: readonly MetricArgs<Id>[] | null,
): MetricState<MetricResult<Id>[]> {
  const base = useId();
  const [state, setState] = useState<MetricState<MetricResult<Id>[]>>({
    value: undefined,
    pending: argsList !== null,
    error: null,
  });

  useEffect(() => {
    if (argsList === null) return;
    let live = true;
    const channels = argsList.map((_, k) => `${base}-${k}`);
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    void Promise.all(argsList.map((args, k) => requestEntry(channels[k]!, metricId, args))).then(
      (outcomes) => {
        if (!live) return;
        const values: MetricResult<Id>[] = [];
        for (const o of outcomes) {
          if (o.kind === 'error')
            return setState((s) => ({ value: s.value, pending: false, error: o.error }));
          if (o.kind === 'superseded') return;
          values.push(o.value);
        }
        setState({ value: values, pending: false, error: null });
      },
    );
    return () => {
      live = false;
      for (const c of channels) disposeChannel(c);
    };
  }, [base, metricId, argsList]);

  return state;
}
