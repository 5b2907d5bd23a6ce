/**
 * `useLabJob(kind)`: runs a panel's Lab jobs, one at a time. `run(input)`
 * cancels the previous run (if any) and starts a new worker; `cancel()` stops
 * the running one. The state keeps the last good result when a run fails or
 * is cancelled; unmounting cancels the running job. The logic is
 * labJobController.ts (run and cancel) and labJobState.ts (the state).
 */
import { useEffect, useReducer, useState } from 'react';
import type { LabJobKind, LabJobs } from '../../../../lab/jobs/handlers';
import { runLabJob } from '../../../../lab/jobs/runLabJob';
import { createLabJobController, type LabJobController } from './labJobController';
import { initialLabJobState, labJobReducer, type LabJobEvent, type LabJobState } from './labJobState';

/** What useLabJob gives a panel. */
export interface LabJob<K extends LabJobKind> extends LabJobController<K> {
  /** The job's state: status, progress, label, last good result, last error. */
  state: LabJobState<LabJobs[K]['result']>;
}

/** Options of useLabJob (tests pass another runner). */
export interface UseLabJobOptions {
  runner?: typeof runLabJob;
}

/** Runs the Lab jobs of one kind for a panel. */
export function useLabJob<K extends LabJobKind>(kind: K, options: UseLabJobOptions = {}): LabJob<K> {
  type R = LabJobs[K]['result'];
  const [state, dispatch] = useReducer(
    labJobReducer as (s: LabJobState<R>, e: LabJobEvent<R>) => LabJobState<R>,
    undefined,
    () => initialLabJobState<R>(),
  );
  const runner = options.runner ?? runLabJob;
  // One controller per panel (kind and runner are fixed for a panel's life).
  const [controller] = useState(() => createLabJobController(kind, runner, dispatch));
  useEffect(() => () => controller.cancel(), [controller]);
  return { state, run: controller.run, cancel: controller.cancel };
}
