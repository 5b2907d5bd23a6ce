/**
 * The page's side of a Lab job: `runLabJob(kind, input, options)` starts ONE
 * NEW worker for the job, sends it the input, forwards its progress, and
 * settles with the result or a LabJobError. The worker is terminated as soon
 * as the job ends; `cancel()` terminates it at once, so a job started next
 * answers first. The metric lanes (src/worker) are untouched, so the rest of
 * the page keeps updating while a lab job runs.
 */
import type { LabJobKind, LabJobs } from './handlers';
import { collectTransferables, isLabWorkerMessage, type LabRunRequest } from './labProtocol';

/** Why a job did not give a result: bad input (`input`), a failure, or a cancel (`cancelled`). */
export class LabJobError extends Error {
  /** True when the reader's file was at fault (the message names the file, the place and the problem). */
  readonly input: boolean;
  /** True when the job was cancelled (by `cancel()` or by a newer run). */
  readonly cancelled: boolean;

  /** @param message what went wrong, for the reader */
  constructor(message: string, options: { input?: boolean; cancelled?: boolean } = {}) {
    super(message);
    this.name = 'LabJobError';
    this.input = options.input ?? false;
    this.cancelled = options.cancelled ?? false;
  }
}

/** Whether `error` is a LabJobError for a cancelled job. */
export function isCancelled(error: unknown): boolean {
  return error instanceof LabJobError && error.cancelled;
}

/** Options of runLabJob. */
export interface RunLabJobOptions {
  /** Called with each progress report: `fraction` in [0, 1] and a short label. */
  onProgress?: (fraction: number, label: string) => void;
  /**
   * Transfer the input's ArrayBuffers (files' bytes) to the worker instead of
   * copying them: no copy, but the page's buffers are emptied (detached), so
   * the same LabFile cannot be sent again. Default false (copy).
   */
  transfer?: boolean;
}

/** A running job. */
export interface LabJobHandle<R> {
  /** Resolves with the result; rejects with a LabJobError (`cancelled: true` after cancel). */
  promise: Promise<R>;
  /** Stops the job at once (terminates its worker); nothing happens once it has ended. */
  cancel(): void;
}

/** The few things the client needs of a worker (a real Worker through `workerPort`, or a fake in tests). */
export interface LabWorkerPort {
  /** Sends the request, transferring `transfer`. */
  post(message: LabRunRequest, transfer: Transferable[]): void;
  /** Wires the worker's messages and its failures (load error, crash, unreadable message). */
  listen(onMessage: (data: unknown) => void, onFailure: (reason: string) => void): void;
  /** Stops the worker. */
  terminate(): void;
}

/** Wraps a Worker as a LabWorkerPort (its error events are handled here, so they reach no console). */
export function workerPort(worker: Worker): LabWorkerPort {
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen(onMessage, onFailure) {
      worker.addEventListener('message', (e: MessageEvent<unknown>) => onMessage(e.data));
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        onFailure(e.message || 'the lab worker stopped');
      });
      worker.addEventListener('messageerror', () =>
        onFailure('a message from the lab worker could not be read'),
      );
    },
    terminate: () => worker.terminate(),
  };
}

/** Starts a new Lab worker (a module worker built by Vite from labWorker.ts). */
export function startLabWorker(kind: string): LabWorkerPort {
  return workerPort(
    new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module', name: `lab-${kind}` }),
  );
}

/**
 * Runs one job on `port` (the testable core of runLabJob): posts the request,
 * forwards progress, settles once, and terminates the port when the job ends
 * or is cancelled.
 */
export function startLabJob<R>(
  port: LabWorkerPort,
  kind: string,
  input: unknown,
  options: RunLabJobOptions = {},
): LabJobHandle<R> {
  let settled = false;
  let rejectJob: (error: LabJobError) => void = () => {};
  const promise = new Promise<R>((resolve, reject) => {
    const end = () => {
      settled = true;
      port.terminate();
    };
    rejectJob = (error) => {
      if (settled) return;
      end();
      reject(error);
    };
    port.listen(
      (data) => {
        if (settled) return;
        if (!isLabWorkerMessage(data)) {
          rejectJob(new LabJobError('The lab worker sent a message the page does not understand.'));
          return;
        }
        if (data.type === 'progress') {
          options.onProgress?.(data.fraction, data.label);
        } else if (data.type === 'result') {
          end();
          resolve(data.value as R);
        } else {
          rejectJob(new LabJobError(data.message, { input: data.input }));
        }
      },
      (reason) => rejectJob(new LabJobError(`The computation stopped: ${reason}.`)),
    );
    try {
      const request: LabRunRequest = { type: 'run', kind, input };
      port.post(request, options.transfer ? collectTransferables(input) : []);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      rejectJob(new LabJobError(`The input could not be sent to the lab worker: ${why}`));
    }
  });
  return {
    promise,
    cancel: () => rejectJob(new LabJobError('Cancelled.', { cancelled: true })),
  };
}

/**
 * Runs a Lab job in a new worker of its own.
 *
 * @param kind the job kind (`coco`, `segmentation`, `image-pair`, `depth`)
 * @param input the kind's input (files as LabFile: copied, or moved with `transfer: true`)
 * @param options `onProgress(fraction, label)`, `transfer`
 * @returns `{promise, cancel}`; the promise rejects with a LabJobError (catch it: a cancelled job rejects too)
 */
export function runLabJob<K extends LabJobKind>(
  kind: K,
  input: LabJobs[K]['input'],
  options: RunLabJobOptions = {},
): LabJobHandle<LabJobs[K]['result']> {
  let port: LabWorkerPort;
  try {
    port = startLabWorker(kind);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      promise: Promise.reject(new LabJobError(`The lab worker could not start: ${why}`)),
      cancel: () => {},
    };
  }
  return startLabJob<LabJobs[K]['result']>(port, kind, input, options);
}
