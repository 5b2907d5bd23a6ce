import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Comlink from 'comlink';
import { MetricClient, type WorkerFactory, type WorkerHandle } from './client';
import { WORKER_CRASHED, type MetricsWorkerApi } from './protocol';
import { createWorkerApi } from './api';
import type { MetricEntry } from '../metrics/entry';

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

/** Waits (polling, no fixed sleep) until the gated API has received `n` compute calls. */
const untilCalls = (calls: readonly unknown[], n: number) =>
  vi.waitFor(() => expect(calls).toHaveLength(n), { interval: 1 });

describe('MetricClient', () => {
  it('computes a value through comlink', async () => {
    const { api, calls } = gatedApi();
    const client = new MetricClient(channelFactory(api, []));
    const p = client.request('a', 'double', { x: 21 });
    await untilCalls(calls, 1);
    calls[0]?.release();
    expect(await p).toEqual({ kind: 'value', value: 42 });
  });

  it('computes only the newest of rapid requests and drops older replies (latest wins)', async () => {
    const { api, calls } = gatedApi();
    const client = new MetricClient(channelFactory(api, []));
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
    const { api, calls } = gatedApi();
    const client = new MetricClient(channelFactory(api, []));
    const a = client.request('a', 'double', { x: 1 });
    const b = client.request('b', 'double', { x: 5 });
    await untilCalls(calls, 2);
    for (const c of calls) c.release();
    expect(await a).toEqual({ kind: 'value', value: 2 });
    expect(await b).toEqual({ kind: 'value', value: 10 });
  });

  it('passes a thrown error to the caller as an error outcome', async () => {
    const { api, calls } = gatedApi();
    const client = new MetricClient(channelFactory(api, []));
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

  it('treats a request that outlives the watchdog as a hung worker and restarts', async () => {
    const { api, calls } = gatedApi();
    const client = new MetricClient(channelFactory(api, []), 20);
    const p = client.request('a', 'double', { x: 1 });
    expect(await p).toEqual({ kind: 'error', error: WORKER_CRASHED });
    const q = client.request('a', 'double', { x: 2 });
    await untilCalls(calls, 2);
    calls[1]?.release();
    expect(await q).toEqual({ kind: 'value', value: 4 });
    expect(client.starts).toBe(2);
  });

  it('drops the waiting request of a disposed channel', async () => {
    const { api, calls } = gatedApi();
    const client = new MetricClient(channelFactory(api, []));
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
