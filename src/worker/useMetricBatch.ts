/**
 * React hook: one metric computed for each of a list of argument objects
 * (a sweep), delivered together once every value has arrived. Each item has
 * its own channel, so a new list replaces the old one item by item.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { MetricState } from './protocol';
import type { DoorId, MetricArgs, MetricResult } from './door';
import { disposeChannel, requestEntry } from './typedRequest';
import { shownState, type SettledState } from './shownState';
import { useFigureVisibility } from '../widgets/figureVisibility';

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
  const visibility = useFigureVisibility();
  /** How many item channels have been used: a shorter list, `null` or unmounting disposes the rest. */
  const used = useRef(0);
  const [state, setState] = useState<SettledState<MetricResult<Id>[]>>({
    value: undefined,
    pending: argsList !== null,
    error: null,
    settledFor: undefined,
  });

  useEffect(() => {
    const n = argsList?.length ?? 0;
    for (let k = n; k < used.current; k++) disposeChannel(`${base}-${k}`);
    used.current = n;
    if (argsList === null) return;
    let live = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    // Same channel per item across lists: a new list supersedes the old one item by item, so
    // no stale item is left computing (latest wins per channel).
    void Promise.all(
      argsList.map((args, k) => requestEntry(`${base}-${k}`, metricId, args, visibility)),
    ).then((outcomes) => {
      if (!live) return;
      const values: MetricResult<Id>[] = [];
      for (const o of outcomes) {
        if (o.kind === 'error')
          return setState((s) => ({ value: s.value, pending: false, error: o.error, settledFor: argsList }));
        if (o.kind === 'superseded') return;
        values.push(o.value);
      }
      setState({ value: values, pending: false, error: null, settledFor: argsList });
    });
    return () => {
      live = false;
    };
  }, [base, metricId, argsList, visibility]);

  useEffect(
    () => () => {
      for (let k = 0; k < used.current; k++) disposeChannel(`${base}-${k}`);
      used.current = 0;
    },
    [base],
  );

  return shownState(argsList, state);
}
