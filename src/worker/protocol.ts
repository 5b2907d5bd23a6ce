/**
 * The typed surface between the page and the metrics worker. The page sends a
 * metric id and its arguments; the worker answers with the registry's result
 * or rejects with a plain error message.
 */

/** What the worker exposes through comlink. */
export interface MetricsWorkerApi {
  /** Computes `metricId` from `args` with the registry's function. */
  compute(metricId: string, args: Record<string, unknown>): Promise<unknown>;
  /** Lists the metric ids the worker knows. */
  ids(): Promise<string[]>;
}

/** The state a widget sees for one metric request. */
export interface MetricState<T> {
  /** The newest result received (kept while a newer request is computing). */
  value: T | undefined;
  /** True while a request newer than `value` is computing. */
  pending: boolean;
  /** The message of the newest request's error, or null. */
  error: string | null;
}

/**
 * The plain message a worker posts when it starts a computation (besides
 * comlink's own messages, which it ignores): the client then knows the worker
 * is alive and computing, not stuck before it (client.ts, stall detection).
 */
export const STARTED_MESSAGE = { baStarted: true } as const;

/** True for the worker's STARTED_MESSAGE. */
export function isStartedMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { baStarted?: unknown }).baStarted === true;
}

/** Error message the client reports when the worker crashed and was restarted. */
export const WORKER_CRASHED =
  'The metrics worker stopped unexpectedly and was restarted. Change a value to try again.';

/** Error message the client reports when a request hung the worker twice (first try and one retry). */
export const WORKER_HUNG =
  'The computation did not finish: the metrics worker stopped answering twice and was restarted. Change a value to try again.';
