/**
 * One panel's Lab jobs, one at a time, without React: `run(input)` cancels
 * the running job (if any), starts the next, and reports every step to
 * `dispatch` as labJobState events, numbered so the reducer ignores a
 * superseded run; `cancel()` stops the running job. useLabJob.ts wraps it.
 */
import type { LabJobKind, LabJobs } from '../../../../lab/jobs/handlers';
import {
  LabJobError,
  type LabJobHandle,
  type RunLabJobOptions,
  type runLabJob,
} from '../../../../lab/jobs/runLabJob';
import type { LabJobEvent } from './labJobState';

/** What a panel's job controller does. */
export interface LabJobController<K extends LabJobKind> {
  /** Starts a run (cancelling the previous one); resolves with the result, or null when it failed or was cancelled. */
  run(
    input: LabJobs[K]['input'],
    options?: Pick<RunLabJobOptions, 'transfer'>,
  ): Promise<LabJobs[K]['result'] | null>;
  /** Stops the running job, if any. */
  cancel(): void;
}

/** A controller running jobs of `kind` with `runner`, reporting to `dispatch`. */
export function createLabJobController<K extends LabJobKind>(
  kind: K,
  runner: typeof runLabJob,
  dispatch: (event: LabJobEvent<LabJobs[K]['result']>) => void,
): LabJobController<K> {
  type R = LabJobs[K]['result'];
  let current: LabJobHandle<R> | null = null;
  let counter = 0;
  return {
    cancel() {
      current?.cancel();
      current = null;
    },
    async run(input, options = {}) {
      current?.cancel();
      const id = ++counter;
      dispatch({ type: 'start', run: id });
      const handle = runner(kind, input, {
        ...options,
        onProgress: (fraction, label) => dispatch({ type: 'progress', run: id, fraction, label }),
      });
      current = handle;
      try {
        const result = await handle.promise;
        dispatch({ type: 'done', run: id, result });
        return result;
      } catch (error) {
        const e = error instanceof LabJobError ? error : new LabJobError(String(error));
        dispatch(e.cancelled ? { type: 'cancelled', run: id } : { type: 'error', run: id, error: e });
        return null;
      } finally {
        if (current === handle) current = null;
      }
    },
  };
}
