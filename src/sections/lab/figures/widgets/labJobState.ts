/**
 * The state of one Lab panel's job as a pure reducer (useLabJob.ts drives
 * it). A run that fails or is cancelled KEEPS the last good result, so bad
 * input never loses what was already shown; events of a superseded run
 * (an older `run` number) are ignored.
 */
import type { LabJobError } from '../../../../lab/jobs/runLabJob';

/** Where a panel's job is. */
export type LabJobStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** A panel's job state. */
export interface LabJobState<R> {
  status: LabJobStatus;
  /** Progress of the running job, in [0, 1] (1 once done). */
  progress: number;
  /** The running job's last progress label ('' when none). */
  label: string;
  /** The last good result (kept through later errors and cancels), or null before the first. */
  result: R | null;
  /** The last run's error (null unless status is 'error'). */
  error: LabJobError | null;
  /** Number of the current run (0 before the first). */
  run: number;
}

/** What can happen to a panel's job. */
export type LabJobEvent<R> =
  | { type: 'start'; run: number }
  | { type: 'progress'; run: number; fraction: number; label: string }
  | { type: 'done'; run: number; result: R }
  | { type: 'error'; run: number; error: LabJobError }
  | { type: 'cancelled'; run: number };

/** The state before any run. */
export function initialLabJobState<R>(): LabJobState<R> {
  return { status: 'idle', progress: 0, label: '', result: null, error: null, run: 0 };
}

/** The next state after `event` (events of another run than the current one change nothing). */
export function labJobReducer<R>(state: LabJobState<R>, event: LabJobEvent<R>): LabJobState<R> {
  if (event.type === 'start') {
    return { ...state, status: 'running', progress: 0, label: '', error: null, run: event.run };
  }
  if (event.run !== state.run || state.status !== 'running') return state;
  switch (event.type) {
    case 'progress':
      return { ...state, progress: event.fraction, label: event.label };
    case 'done':
      return { ...state, status: 'done', progress: 1, label: '', result: event.result, error: null };
    case 'error':
      return { ...state, status: 'error', label: '', error: event.error };
    case 'cancelled':
      return { ...state, status: 'cancelled', label: '', error: null };
  }
}
