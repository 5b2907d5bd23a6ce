import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricClient, type WorkerFactory } from './client';
import { LanedClient, laneOf } from './lanes';
import { entryIds } from './registry';

/** A worker that answers `x * 2` at once, or never when `hung`. */
function worker(hung: { now: boolean }): WorkerFactory {
  return () => ({
    compute: (_id, args) =>
      hung.now ? new Promise<never>(() => undefined) : Promise.resolve((args.x as number) * 2),
    terminate: () => undefined,
  });
}

describe('lanes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('classifies photo, depth-map, COCO and feature work as heavy and single scenes as light', () => {
    expect(laneOf('image_quality_pair')).toBe('heavy');
    expect(laneOf('coco_eval')).toBe('heavy');
    expect(laneOf('box_iou')).toBe('light');
    expect(laneOf('pose_oks_terms')).toBe('light');
    // Every image-quality scene is heavy (they all decode photos).
    for (const id of entryIds().filter((i) => i.startsWith('image_quality_')))
      expect(laneOf(id)).toBe('heavy');
  });

  it('answers a light request while the heavy lane is hung', async () => {
    vi.useFakeTimers();
    const heavyHung = { now: true };
    const light = new MetricClient(worker({ now: false }), 1000);
    const heavy = new MetricClient(worker(heavyHung), 5000);
    const client = new LanedClient({ light, heavy });
    const slow = client.request('iq', 'image_quality_pair', { x: 1 });
    await vi.advanceTimersByTimeAsync(100);
    expect(await client.request('box', 'box_iou', { x: 21 })).toEqual({ kind: 'value', value: 42 });
    expect(heavy.starts).toBe(1);
    // The heavy lane recovers on its own clock: hang detected, retried on a healthy worker.
    heavyHung.now = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(await slow).toEqual({ kind: 'value', value: 2 });
    expect(heavy.hangs).toBe(1);
    expect(light.hangs).toBe(0);
  });

  it('disposes a channel in both lanes', async () => {
    const light = new MetricClient(worker({ now: true }), 60_000);
    const heavy = new MetricClient(worker({ now: true }), 60_000);
    const client = new LanedClient({ light, heavy });
    const a = client.request('c', 'box_iou', { x: 1 });
    const b = client.request('c', 'coco_eval', { x: 1 });
    client.dispose('c');
    expect(await a).toEqual({ kind: 'superseded' });
    expect(await b).toEqual({ kind: 'superseded' });
  });
});
