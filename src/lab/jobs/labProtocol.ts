/**
 * The messages between the Lab page and its worker, and the worker's side of
 * them as a pure function: `createLabRequestHandler` runs one request with the
 * handlers it is given and posts progress (throttled), then a result or an
 * error. labWorker.ts wires it to the worker's global scope; tests call it
 * with fake handlers and a recording `post`.
 */
import { LabInputError, type LabJobContext } from './types';

/** The page asks the worker to run one job. */
export interface LabRunRequest {
  type: 'run';
  kind: string;
  input: unknown;
}

/** Progress of the running job, `fraction` in [0, 1]. */
export interface LabProgressMessage {
  type: 'progress';
  fraction: number;
  label: string;
}

/** The job's result. */
export interface LabResultMessage {
  type: 'result';
  value: unknown;
}

/** The job failed; `input` is true when the reader's file was at fault (a LabInputError). */
export interface LabErrorMessage {
  type: 'error';
  message: string;
  input: boolean;
}

/** Anything the worker posts. */
export type LabWorkerMessage = LabProgressMessage | LabResultMessage | LabErrorMessage;

/** Least time between two forwarded progress messages, ms (about five a second). */
export const PROGRESS_INTERVAL_MS = 200;

/** A job function as the worker sees it (the typed table is handlers.ts). */
export type AnyLabHandler = (input: never, ctx: LabJobContext) => unknown;

/** Whether `data` is a run request. */
export function isLabRunRequest(data: unknown): data is LabRunRequest {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'run' &&
    typeof (data as { kind?: unknown }).kind === 'string'
  );
}

/** Whether `data` is a message the worker posts. */
export function isLabWorkerMessage(data: unknown): data is LabWorkerMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'progress') return typeof m.fraction === 'number' && typeof m.label === 'string';
  if (m.type === 'result') return 'value' in m;
  if (m.type === 'error') return typeof m.message === 'string' && typeof m.input === 'boolean';
  return false;
}

/**
 * The buffers worth transferring in a value: every ArrayBuffer and the
 * buffer of every typed array, found through plain objects, arrays and
 * Maps (each buffer once; shared buffers are never transferred).
 */
export function collectTransferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (v instanceof ArrayBuffer) {
      found.add(v);
    } else if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
    } else if (Array.isArray(v)) {
      for (const item of v) visit(item);
    } else if (v instanceof Map) {
      for (const [k, item] of v) {
        visit(k);
        visit(item);
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      for (const item of Object.values(v)) visit(item);
    }
  };
  visit(value);
  return [...found];
}

/** A fraction made safe to show: NaN becomes 0, the rest is clamped to [0, 1]. */
export function clampFraction(fraction: number): number {
  if (!Number.isFinite(fraction)) return fraction === Infinity ? 1 : 0;
  return Math.min(1, Math.max(0, fraction));
}

/** The error message of a failed job: a LabInputError's own text, or the thrown thing's message. */
export function errorMessage(error: unknown): LabErrorMessage {
  const input = error instanceof LabInputError || (error instanceof Error && error.name === 'LabInputError');
  const message =
    error instanceof Error ? error.message || error.name : typeof error === 'string' ? error : String(error);
  return { type: 'error', message, input };
}

/**
 * The worker's request handler: for each run request, calls the kind's
 * handler with a context whose `progress` posts at most one message per
 * PROGRESS_INTERVAL_MS (the first always), then posts the result with its
 * buffers transferred, or the error. A request for an unknown kind, or a
 * message that is not a request, is answered with an error.
 *
 * @param handlers job functions by kind
 * @param post posts one message with the buffers to transfer
 * @param now a clock in milliseconds (performance.now in the worker)
 * @returns the function to call with each message's data; its promise settles once the answer is posted
 */
export function createLabRequestHandler(
  handlers: Readonly<Record<string, AnyLabHandler>>,
  post: (message: LabWorkerMessage, transfer: Transferable[]) => void,
  now: () => number,
): (data: unknown) => Promise<void> {
  return async (data) => {
    if (!isLabRunRequest(data)) {
      post(
        { type: 'error', message: 'The lab worker received a message it does not understand.', input: false },
        [],
      );
      return;
    }
    const handler = Object.hasOwn(handlers, data.kind) ? handlers[data.kind] : undefined;
    if (!handler) {
      post({ type: 'error', message: `The lab has no job called "${data.kind}".`, input: false }, []);
      return;
    }
    let last = -Infinity;
    const ctx: LabJobContext = {
      progress(fraction, label) {
        const t = now();
        if (t - last < PROGRESS_INTERVAL_MS) return;
        last = t;
        post({ type: 'progress', fraction: clampFraction(fraction), label: String(label) }, []);
      },
    };
    let value: unknown;
    try {
      value = await handler(data.input as never, ctx);
    } catch (error) {
      post(errorMessage(error), []);
      return;
    }
    try {
      post({ type: 'result', value }, collectTransferables(value));
    } catch (error) {
      post(errorMessage(error), []);
    }
  };
}
