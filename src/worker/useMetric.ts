/**
 * React hook: the newest value of a metric (or scene) computed in the worker.
 * Argument and result types are inferred from the id. Pass a memoised `args`
 * object (useMemo): a new object is a new request. `null` args means
 * "nothing to compute yet". Requests of a figure on or near the screen go
 * first; the others when the page is idle (scheduler.ts).
 */
import { useEffect, useId, useState } from 'react';
import type { MetricState } from './protocol';
import type { DoorId, MetricArgs, MetricResult } from './door';
import { disposeChannel, requestEntry } from './typedRequest';
import { shownState, type SettledState } from './shownState';
import { useFigureVisibility } from '../widgets/figureVisibility';

/** Computes `metricId(args)` in the worker; latest wins while args change quickly. */
export function useMetric<Id extends DoorId>(
  metricId: Id,
  args: MetricArgs<Id> | null,
): MetricState<MetricResult<Id>> {
  const channel = useId();
  const visibility = useFigureVisibility();
  const [state, setState] = useState<SettledState<MetricResult<Id>>>({
    value: undefined,
    pending: args !== null,
    error: null,
    settledFor: undefined,
  });

  useEffect(() => {
    if (args === null) return;
    let live = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    void requestEntry(channel, metricId, args, visibility).then((outcome) => {
      if (!live || outcome.kind === 'superseded') return;
      setState((s) =>
        outcome.kind === 'value'
          ? { value: outcome.value, pending: false, error: null, settledFor: args }
          : { value: s.value, pending: false, error: outcome.error, settledFor: args },
      );
    });
    return () => {
      live = false;
    };
  }, [channel, metricId, args, visibility]);

  useEffect(() => () => disposeChannel(channel), [channel]);

  return shownState(args, state);
}

/** True for a few seconds after a hung metrics worker was restarted (readouts say so). */
export { useWorkerRestartNotice } from './restartNotice';
