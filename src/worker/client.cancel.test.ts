import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricClient } from './client';
import { fakeWorkers } from './fakeWorkers.test-helper';

describe('MetricClient: superseded heavy work is abandoned', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restarts the worker when a superseded request runs past the bound, and computes the newest at once', async () => {
    vi.useFakeTimers();
    const { factory, calls, dead } = fakeWorkers();
    const onRestart = vi.fn();
    const client = new MetricClient(factory, { stallMs: 60_000, restartSupersededMs: 1000, onRestart });
    const stale = client.request('blur', 'psnr', { x: 1 });
    const other = client.request('noise', 'psnr', { x: 7 });
    calls[0]?.start();
    await vi.advanceTimersByTimeAsync(400);
    const newest = client.request('blur', 'psnr', { x: 2 });
    await vi.advanceTimersByTimeAsync(599);
    expect(client.cancels).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.cancels).toBe(1);
    expect(dead.has(1)).toBe(true);
    expect(await stale).toEqual({ kind: 'superseded' });
    // The newest request goes to the new worker first; the other channel's unanswered one follows.
    expect(calls.slice(2).map((c) => [c.worker, c.x])).toEqual([
      [2, 2],
      [2, 7],
    ]);
    // A late answer of the dead worker is never applied.
    calls[0]?.answer();
    calls[2]?.answer();
    calls[3]?.answer();
    expect(await newest).toEqual({ kind: 'value', value: 4 });
    expect(await other).toEqual({ kind: 'value', value: 14 });
    expect(onRestart).not.toHaveBeenCalled();
    expect(client.hangs).toBe(0);
  });

  it('waits for a superseded request that answers within the bound', async () => {
    vi.useFakeTimers();
    const { factory, calls } = fakeWorkers();
    const client = new MetricClient(factory, { stallMs: 60_000, restartSupersededMs: 1000 });
    const first = client.request('blur', 'psnr', { x: 1 });
    calls[0]?.start();
    const newest = client.request('blur', 'psnr', { x: 2 });
    await vi.advanceTimersByTimeAsync(900);
    calls[0]?.answer();
    expect(await first).toEqual({ kind: 'superseded' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(client.cancels).toBe(0);
    expect(calls.map((c) => [c.worker, c.x])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    calls[1]?.answer();
    expect(await newest).toEqual({ kind: 'value', value: 4 });
  });

  it('never abandons a long request that nothing superseded, nor without the option', async () => {
    vi.useFakeTimers();
    const a = fakeWorkers();
    const withBound = new MetricClient(a.factory, { stallMs: 60_000, restartSupersededMs: 1000 });
    const long = withBound.request('coco', 'coco_eval', { x: 1 });
    a.calls[0]?.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(withBound.cancels).toBe(0);
    a.calls[0]?.answer();
    expect(await long).toEqual({ kind: 'value', value: 2 });

    const b = fakeWorkers();
    const without = new MetricClient(b.factory, { stallMs: 60_000 });
    void without.request('blur', 'psnr', { x: 1 });
    b.calls[0]?.start();
    void without.request('blur', 'psnr', { x: 2 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(without.cancels).toBe(0);
    expect(without.starts).toBe(1);
  });

  it('gives a new worker the bound before abandoning again', async () => {
    vi.useFakeTimers();
    const { factory, calls } = fakeWorkers();
    const client = new MetricClient(factory, { stallMs: 60_000, restartSupersededMs: 1000 });
    void client.request('blur', 'psnr', { x: 1 });
    calls[0]?.start();
    void client.request('blur', 'psnr', { x: 2 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(client.cancels).toBe(1);
    calls[1]?.start();
    await vi.advanceTimersByTimeAsync(500);
    const newest = client.request('blur', 'psnr', { x: 3 });
    await vi.advanceTimersByTimeAsync(499);
    expect(client.cancels).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.cancels).toBe(2);
    calls[2]?.answer();
    expect(await newest).toEqual({ kind: 'value', value: 6 });
  });
});
