import { describe, expect, it } from 'vitest';
import { createLabRequestHandler, type AnyLabHandler, type LabRunRequest } from './labProtocol';
import { isCancelled, LabJobError, startLabJob, type LabWorkerPort } from './runLabJob';
import { LabInputError, type LabJobContext } from './types';

/**
 * A fake worker: the worker-side handler runs in the same thread, its posts
 * delivered asynchronously (as a real worker's would be) unless terminated.
 */
function fakeWorker(handlers: Record<string, AnyLabHandler>) {
  const state = { terminated: 0, transferred: [] as Transferable[], posted: null as LabRunRequest | null };
  let onMessage: (data: unknown) => void = () => {};
  let onFailure: (reason: string) => void = () => {};
  let clock = 0;
  const handle = createLabRequestHandler(
    handlers,
    (message) => {
      queueMicrotask(() => {
        if (state.terminated === 0) onMessage(message);
      });
    },
    () => (clock += 1000),
  );
  const port: LabWorkerPort = {
    post(message, transfer) {
      state.posted = message;
      state.transferred = transfer;
      void handle(message);
    },
    listen(m, f) {
      onMessage = m;
      onFailure = f;
    },
    terminate() {
      state.terminated += 1;
    },
  };
  return { port, state, crash: (reason: string) => onFailure(reason) };
}

/** A handler that waits until released, reporting progress first. */
function gate() {
  let release: (v: string) => void = () => {};
  const done = new Promise<string>((r) => (release = r));
  const handler = ((_input: unknown, ctx: LabJobContext) => {
    ctx.progress(0.5, 'half way');
    return done;
  }) as AnyLabHandler;
  return { handler, release: (v: string) => release(v) };
}

describe('startLabJob', () => {
  it('resolves with the result, forwards progress, and terminates the worker', async () => {
    const g = gate();
    const w = fakeWorker({ slow: g.handler });
    const progress: [number, string][] = [];
    const job = startLabJob<string>(
      w.port,
      'slow',
      { a: 1 },
      { onProgress: (f, l) => progress.push([f, l]) },
    );
    await Promise.resolve();
    await Promise.resolve();
    g.release('answer');
    await expect(job.promise).resolves.toBe('answer');
    expect(progress).toEqual([[0.5, 'half way']]);
    expect(w.state.terminated).toBe(1);
    expect(w.state.posted).toEqual({ type: 'run', kind: 'slow', input: { a: 1 } });
  });

  it('rejects with an input LabJobError for bad input, naming the file', async () => {
    const w = fakeWorker({
      coco: () => {
        throw new LabInputError('results.json', 'entry 3', 'score is missing');
      },
    });
    const job = startLabJob(w.port, 'coco', null);
    const error = await job.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabJobError);
    expect(error).toMatchObject({
      message: 'results.json, entry 3: score is missing',
      input: true,
      cancelled: false,
    });
    expect(w.state.terminated).toBe(1);
  });

  it('cancel rejects at once with cancelled: true, terminates, and ignores the late answer', async () => {
    const g = gate();
    const w = fakeWorker({ slow: g.handler });
    const job = startLabJob<string>(w.port, 'slow', null);
    job.cancel();
    job.cancel();
    const error = await job.promise.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(w.state.terminated).toBe(1);
    g.release('late');
  });

  it('a small job started after a cancelled long one answers first', async () => {
    const g = gate();
    const order: string[] = [];
    const long = startLabJob<string>(fakeWorker({ slow: g.handler }).port, 'slow', null);
    long.promise.then(
      () => order.push('long done'),
      () => order.push('long cancelled'),
    );
    long.cancel();
    const small = startLabJob<number>(fakeWorker({ quick: () => 7 }).port, 'quick', null);
    await small.promise.then((v) => order.push(`small ${v}`));
    g.release('late');
    expect(order).toEqual(['long cancelled', 'small 7']);
  });

  it('copies the input by default and transfers its buffers when asked', () => {
    const bytes = new ArrayBuffer(4);
    const a = fakeWorker({ k: () => 1 });
    startLabJob(a.port, 'k', { name: 'a.png', bytes });
    expect(a.state.transferred).toEqual([]);
    const b = fakeWorker({ k: () => 1 });
    startLabJob(b.port, 'k', { name: 'a.png', bytes }, { transfer: true });
    expect(b.state.transferred).toEqual([bytes]);
  });

  it('a worker crash rejects with a non-input error', async () => {
    const g = gate();
    const w = fakeWorker({ slow: g.handler });
    const job = startLabJob(w.port, 'slow', null);
    w.crash('script failed to load');
    await expect(job.promise).rejects.toMatchObject({ input: false, cancelled: false });
    expect(w.state.terminated).toBe(1);
  });

  it('an input that cannot be sent rejects instead of throwing', async () => {
    const port: LabWorkerPort = {
      post: () => {
        throw new Error('could not be cloned');
      },
      listen: () => {},
      terminate: () => {},
    };
    await expect(startLabJob(port, 'k', () => 1).promise).rejects.toMatchObject({ input: false });
  });
});
