import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Comlink from 'comlink';
import { MetricClient, type WorkerFactory, type WorkerHandle } from './client';
import { WORKER_CRASHED, WORKER_HUNG, type MetricsWorkerApi } from './protocol';
import { createWorkerApi } from './api';
import type { MetricEntry } from '../metrics/entry';
import { fakeWorkers } from './fakeWorkers.test-helper';

/** A controllable API: each compute call waits until the test releases it. */
function gatedApi() {
  const calls: { id: string; args: Record<string, unknown>; release: () => void }[] = [];
  const entry = (id: string): MetricEntry => ({
    id,
    args: {},
    compute: (args) => {
      if (args.fail) throw new Error('args.fail: asked to fail');
      return (args.x as number) * 2;
    },
  });
  const base = createWorkerApi(entry, () => ['double']);
  const api: MetricsWorkerApi = {
    compute: (id, args) =>
      new Promise((resolve, reject) => {
        calls.push({ id, args, release: () => base.compute(id, args).then(resolve, reject) });
      }),
    ids: base.ids,
  };
  return { api, calls };
}

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

/** A factory that runs the API over a real comlink MessageChannel, as the browser worker does. */
function channelFactory(api: MetricsWorkerApi, crashHooks: ((r: string) => void)[]): WorkerFactory {
  return (onCrash) => {
    const ch = new MessageChannel();
    ports.push(ch.port1, ch.port2);
    Comlink.expose(api, ch.port1);
    const remote = Comlink.wrap<MetricsWorkerApi>(ch.port2);
    crashHooks.push(onCrash);
    const handle: WorkerHandle = {
      compute: (id, args) => remote.compute(id, args),
      terminate: () => {
        ch.port1.close();
        ch.port2.close();
      },
    };
    return handle;
  };
}

/** A client over a fresh gated API; `stallMs` is the constructor's stall timeout (default when omitted). */
function gatedClient(stallMs?: number) {
  const { api, calls } = gatedApi();
  const client = new MetricClient(channelFactory(api, []), stallMs);
  return { client, calls };
}

/** Waits (polling, no fixed sleep) until the gated API has received `n` compute calls. */
const untilCalls = (calls: readonly unknown[], n: number) =>
  vi.waitFor(() => expect(calls).toHaveLength(n), { interval: 1 });

describe('MetricClient', () => {
  it('computes a value through comlink', async () => {
    const { client, calls } = gatedClient();
    const p = client.request('a', 'double', { x: 21 });
    await untilCalls(calls, 1);
    calls[0]?.release();
    expect(await p).toEqual({ kind: 'value', value: 42 });
  });

  it('computes only the newest of rapid requests and drops older replies (latest wins)', async () => {
    const { client, calls } = gatedClient();
    const r1 = client.request('drag', 'double', { x: 1 });
    const r2 = client.request('drag', 'double', { x: 2 });
    const r3 = client.request('drag', 'double', { x: 3 });
    await untilCalls(calls, 1);
    expect(calls.map((c) => c.args.x)).toEqual([1]);
    expect(await r2).toEqual({ kind: 'superseded' });
    calls[0]?.release();
    expect(await r1).toEqual({ kind: 'superseded' });
    await untilCalls(calls, 2);
    expect(calls.map((c) => c.args.x)).toEqual([1, 3]);
    calls[1]?.release();
    expect(await r3).toEqual({ kind: 'value', value: 6 });
  });

  it('keeps channels independent', async () => {
    const { client, calls } = gatedClient();
    const a = client.request('a', 'double', { x: 1 });
    const b = client.request('b', 'double', { x: 5 });
    await untilCalls(calls, 2);
    for (const c of calls) c.release();
    expect(await a).toEqual({ kind: 'value', value: 2 });
    expect(await b).toEqual({ kind: 'value', value: 10 });
  });

  it('passes a thrown error to the caller as an error outcome', async () => {
    const { client, calls } = gatedClient();
    const p = client.request('a', 'double', { fail: true });
    await untilCalls(calls, 1);
    calls[0]?.release();
    const out = await p;
    expect(out.kind).toBe('error');
    expect(out.kind === 'error' && out.error).toContain('args.fail');
  });

  it('reports an unknown metric id as an error', async () => {
    const base = createWorkerApi(
      () => undefined,
      () => [],
    );
    const client = new MetricClient(channelFactory(base, []));
    const out = await client.request('a', 'nope', {});
    expect(out).toEqual({ kind: 'error', error: 'Unknown metric "nope".' });
  });

  it('restarts the worker after a crash and the next request works', async () => {
    const { api, calls } = gatedApi();
    const crashHooks: ((r: string) => void)[] = [];
    const client = new MetricClient(channelFactory(api, crashHooks));
    const p = client.request('a', 'double', { x: 1 });
    await untilCalls(calls, 1);
    expect(client.starts).toBe(1);
    crashHooks[0]?.('boom');
    expect(await p).toEqual({ kind: 'error', error: WORKER_CRASHED });
    const q = client.request('a', 'double', { x: 4 });
    await untilCalls(calls, 2);
    expect(client.starts).toBe(2);
    calls[1]?.release();
    expect(await q).toEqual({ kind: 'value', value: 8 });
    // A late reply from the dead worker changes nothing: the next request still goes to the new worker.
    calls[0]?.release();
    const r = client.request('a', 'double', { x: 5 });
    await untilCalls(calls, 3);
    calls[2]?.release();
    expect(await r).toEqual({ kind: 'value', value: 10 });
    expect(client.starts).toBe(2);
  });

  it('treats a request that outlives the stall threshold as a hung worker, restarts it and retries once', async () => {
    const { client, calls } = gatedClient(20);
    const p = client.request('a', 'double', { x: 1 });
    // The first worker never answers; the same request is sent again to a second worker.
    await untilCalls(calls, 2);
    expect(client.starts).toBe(2);
    expect(client.hangs).toBe(1);
    expect(calls.map((c) => c.args.x)).toEqual([1, 1]);
    calls[1]?.release();
    expect(await p).toEqual({ kind: 'value', value: 2 });
  });

  it('drops the waiting request of a disposed channel', async () => {
    const { client, calls } = gatedClient();
    const r1 = client.request('a', 'double', { x: 1 });
    const r2 = client.request('a', 'double', { x: 2 });
    client.dispose('a');
    expect(await r1).toEqual({ kind: 'superseded' });
    expect(await r2).toEqual({ kind: 'superseded' });
    await untilCalls(calls, 1);
    calls[0]?.release();
    // The next request computed is a new one, never the dropped x: 2.
    const r3 = client.request('b', 'double', { x: 7 });
    await untilCalls(calls, 2);
    expect(calls.map((c) => c.args.x)).toEqual([1, 7]);
    calls[1]?.release();
    expect(await r3).toEqual({ kind: 'value', value: 14 });
  });
});

describe('MetricClient stall detection (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replaces a silent worker after stallMs, retries the newest request once and reports the restart', async () => {
    vi.useFakeTimers();
    const { factory, calls, dead } = fakeWorkers();
    const onRestart = vi.fn();
    const client = new MetricClient(factory, { stallMs: 3000, onRestart });
    const old = client.request('a', 'double', { x: 1 });
    const newest = client.request('a', 'double', { x: 2 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(client.starts).toBe(1);
    expect(onRestart).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await old).toEqual({ kind: 'superseded' });
    expect(dead.has(1)).toBe(true);
    expect(client.starts).toBe(2);
    expect(onRestart).toHaveBeenCalledTimes(1);
    // Only the newest request is retried, on worker 2.
    expect(calls.map((c) => [c.worker, c.x])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    calls[1]?.answer();
    expect(await newest).toEqual({ kind: 'value', value: 4 });
  });

  it('gives up with WORKER_HUNG when the retry hangs too', async () => {
    vi.useFakeTimers();
    const { factory, calls } = fakeWorkers();
    const client = new MetricClient(factory, 1000);
    const p = client.request('a', 'double', { x: 3 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await p).toEqual({ kind: 'error', error: WORKER_HUNG });
    expect(client.hangs).toBe(2);
    expect(calls).toHaveLength(2);
    // The next change works on a fresh worker.
    const q = client.request('a', 'double', { x: 4 });
    expect(client.starts).toBe(3);
    calls[2]?.answer();
    expect(await q).toEqual({ kind: 'value', value: 8 });
  });

  it('does not take a queue of answers, each within stallMs, for a hang', async () => {
    vi.useFakeTimers();
    const { factory, calls } = fakeWorkers();
    const client = new MetricClient(factory, 1000);
    const outs = ['a', 'b', 'c', 'd'].map((ch, k) => client.request(ch, 'double', { x: k }));
    for (const c of calls) {
      await vi.advanceTimersByTimeAsync(900);
      c.answer();
    }
    expect(await Promise.all(outs)).toEqual([0, 2, 4, 6].map((value) => ({ kind: 'value', value })));
    expect(client.starts).toBe(1);
    expect(client.hangs).toBe(0);
  });

  it('runs no stall clock while idle, and allows a fresh worker its startup grace', async () => {
    vi.useFakeTimers();
    const { factory, calls } = fakeWorkers();
    const client = new MetricClient(factory, { stallMs: 1000, startupGraceMs: 2000 });
    const first = client.request('a', 'double', { x: 1 });
    await vi.advanceTimersByTimeAsync(2900);
    calls[0]?.answer();
    expect(await first).toEqual({ kind: 'value', value: 2 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.hangs).toBe(0);
    // After the first answer the grace is gone: 1000 ms of silence is a hang.
    void client.request('a', 'double', { x: 5 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(client.hangs).toBe(1);
  });

  it('lets a disposed channel stop the stall clock', async () => {
    vi.useFakeTimers();
    const { factory } = fakeWorkers();
    const client = new MetricClient(factory, 1000);
    const p = client.request('a', 'double', { x: 1 });
    client.dispose('a');
    expect(await p).toEqual({ kind: 'superseded' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(client.hangs).toBe(0);
    expect(client.starts).toBe(1);
  });

  it('lets a worker that started a request compute for stallMs, but not sit on a request for startMs', async () => {
    vi.useFakeTimers();
    const { factory, calls } = fakeWorkers();
    const client = new MetricClient(factory, { stallMs: 10_000, startMs: 1000 });
    const long = client.request('a', 'double', { x: 1 });
    calls[0]?.start();
    await vi.advanceTimersByTimeAsync(9000);
    expect(client.hangs).toBe(0);
    calls[0]?.answer();
    expect(await long).toEqual({ kind: 'value', value: 2 });
    // Now a worker that never starts the next request (stuck before it) is caught after startMs.
    const next = client.request('a', 'double', { x: 2 });
    await vi.advanceTimersByTimeAsync(999);
    expect(client.hangs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.hangs).toBe(1);
    expect(client.starts).toBe(2);
    calls[2]?.answer();
    expect(await next).toEqual({ kind: 'value', value: 4 });
  });
});
