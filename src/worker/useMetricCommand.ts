/**
 * React hook: a metric (or scene) run on demand, e.g. by a button, rather
 * than whenever arguments change. A new run supersedes one still computing;
 * the superseded run resolves `{kind: 'superseded'}`.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { DoorId, MetricArgs, MetricResult } from './door';
import { disposeChannel, requestEntry, type TypedOutcome } from './typedRequest';

/** The command: `run(args)` resolves with the typed outcome; `pending` while a run computes. */
export interface MetricCommand<Id extends DoorId> {
  run: (args: MetricArgs<Id>) => Promise<TypedOutcome<MetricResult<Id>>>;
  pending: boolean;
}

/** A command that computes `metricId` when `run` is called. */
export function useMetricCommand<Id extends DoorId>(metricId: Id): MetricCommand<Id> {
  const channel = useId();
  const [runs, setRuns] = useState(0);
  const run = useCallback(
    async (args: MetricArgs<Id>) => {
      setRuns((n) => n + 1);
      try {
        return await requestEntry(channel, metricId, args);
      } finally {
        setRuns((n) => n - 1);
      }
    },
    [channel, metricId],
  );
  useEffect(() => () => disposeChannel(channel), [channel]);
  return { run, pending: runs > 0 };
}
