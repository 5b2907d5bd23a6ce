import { describe, expect, it } from 'vitest';
import type { Outcome } from './client';
import { flushOnPrint, RequestScheduler, type RequestTarget, type SchedulerClock } from './scheduler';
import { createVisibilitySource } from '../widgets/figureVisibility';

/** A client that records every request and answers when the test says so. */
function fakeTarget() {
  const sent: { channel: string; id: string; x: unknown; answer: () => void }[] = [];
  const disposed: string[] = [];
  const target: RequestTarget = {
    request: (channel, id, args) =>
      new Promise<Outcome>((resolve) => {
        sent.push({ channel, id, x: args.x, answer: () => resolve({ kind: 'value', value: args.x }) });
      }),
    dispose: (channel) => disposed.push(channel),
  };
  return { target, sent, disposed };
}

/** A clock whose frames and idle periods run only when the test calls them. */
function fakeClock() {
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  const clock: SchedulerClock = { frame: (cb) => frames.push(cb), idle: (cb) => idles.push(cb) };
  const run = (q: (() => void)[]) => {
    for (const cb of q.splice(0)) cb();
  };
  return { clock, frame: () => run(frames), idle: () => run(idles), frames, idles };
}

/** Lets settled promises' callbacks run. */
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function setup() {
  const t = fakeTarget();
  const c = fakeClock();
  return { ...t, ...c, scheduler: new RequestScheduler(t.target, c.clock) };
}

describe('RequestScheduler', () => {
  it('sends five requests of one readout in a frame as one request with the newest arguments', async () => {
    const { scheduler, sent, frame } = setup();
    const outs = [1, 2, 3, 4, 5].map((x) => scheduler.request('drag', 'box_iou', { x }));
    expect(sent).toHaveLength(0);
    frame();
    expect(sent.map((s) => s.x)).toEqual([5]);
    sent[0]?.answer();
    const got = await Promise.all(outs);
    expect(got.slice(0, 4).every((o) => o.kind === 'superseded')).toBe(true);
    expect(got[4]).toEqual({ kind: 'value', value: 5 });
    expect(scheduler.sent).toBe(1);
  });

  it('sends at most one request per readout per frame, and the next frame the newest', () => {
    const { scheduler, sent, frame } = setup();
    void scheduler.request('a', 'box_iou', { x: 1 });
    void scheduler.request('b', 'box_iou', { x: 10 });
    frame();
    void scheduler.request('a', 'box_iou', { x: 2 });
    void scheduler.request('a', 'box_iou', { x: 3 });
    expect(sent.map((s) => s.x)).toEqual([1, 10]);
    frame();
    expect(sent.map((s) => s.x)).toEqual([1, 10, 3]);
  });

  it('sends a near figure’s request first and an off-screen one only when the page is idle', () => {
    const { scheduler, sent, frame, idle } = setup();
    const far = createVisibilitySource(false);
    const near = createVisibilitySource(true);
    void scheduler.request('below', 'box_iou', { x: 'far' }, far);
    void scheduler.request('here', 'box_iou', { x: 'near' }, near);
    frame();
    expect(sent.map((s) => s.x)).toEqual(['near']);
    // Idle, but the lane still computes the near request: the background one waits.
    idle();
    expect(sent.map((s) => s.x)).toEqual(['near']);
    expect(scheduler.waiting()).toBe(1);
  });

  it('computes every off-screen request eventually, one at a time per lane', async () => {
    const { scheduler, sent, idle, frame } = setup();
    const far = createVisibilitySource(false);
    const outs = ['a', 'b', 'c'].map((ch, k) => scheduler.request(ch, 'box_iou', { x: k }, far));
    const heavy = scheduler.request('photo', 'psnr', { x: 'p' }, far);
    frame();
    expect(sent).toHaveLength(0);
    idle();
    // One light and one heavy request go; the others wait for their lane to be free.
    expect(sent.map((s) => s.x)).toEqual([0, 'p']);
    for (let k = 1; k <= 2; k++) {
      sent[sent.length - (k === 1 ? 2 : 1)]?.answer();
      await tick();
      idle();
      expect(sent.map((s) => s.x).filter((x) => typeof x === 'number')).toHaveLength(k + 1);
    }
    for (const s of sent) s.answer();
    expect(await Promise.all(outs)).toEqual([0, 1, 2].map((value) => ({ kind: 'value', value })));
    expect(await heavy).toEqual({ kind: 'value', value: 'p' });
  });

  it('sends an off-screen request at the next frame once its figure comes near', () => {
    const { scheduler, sent, frame } = setup();
    const vis = createVisibilitySource(false);
    void scheduler.request('fig', 'box_iou', { x: 1 }, vis);
    frame();
    expect(sent).toHaveLength(0);
    vis.set(true);
    frame();
    expect(sent.map((s) => s.x)).toEqual([1]);
  });

  it('defers a request whose figure left the screen before its frame, and computes it when idle', () => {
    const { scheduler, sent, frame, idle } = setup();
    const vis = createVisibilitySource(true);
    void scheduler.request('fig', 'box_iou', { x: 1 }, vis);
    vis.set(false);
    frame();
    expect(sent).toHaveLength(0);
    idle();
    expect(sent.map((s) => s.x)).toEqual([1]);
  });

  it('flushes every waiting request at once and resolves when all have answered', async () => {
    const { scheduler, sent } = setup();
    const far = createVisibilitySource(false);
    void scheduler.request('a', 'box_iou', { x: 1 }, far);
    void scheduler.request('b', 'psnr', { x: 2 }, far);
    void scheduler.request('c', 'box_iou', { x: 3 });
    let done = false;
    const flushed = scheduler.flush().then(() => {
      done = true;
    });
    expect(sent.map((s) => s.x).sort()).toEqual([1, 2, 3]);
    sent[0]?.answer();
    sent[1]?.answer();
    await tick();
    expect(done).toBe(false);
    sent[2]?.answer();
    await flushed;
    expect(done).toBe(true);
    expect(scheduler.waiting()).toBe(0);
  });

  it('flushes off-screen requests when the page is about to print', () => {
    const { scheduler, sent } = setup();
    const page = new EventTarget();
    const stop = flushOnPrint(scheduler, page);
    void scheduler.request('a', 'box_iou', { x: 1 }, createVisibilitySource(false));
    expect(sent).toHaveLength(0);
    page.dispatchEvent(new Event('beforeprint'));
    expect(sent.map((s) => s.x)).toEqual([1]);
    stop();
    void scheduler.request('b', 'box_iou', { x: 2 }, createVisibilitySource(false));
    page.dispatchEvent(new Event('beforeprint'));
    expect(sent).toHaveLength(1);
  });

  it('drops a disposed readout’s waiting request and tells the client', async () => {
    const { scheduler, sent, frame, disposed } = setup();
    const out = scheduler.request('gone', 'box_iou', { x: 1 });
    scheduler.dispose('gone');
    frame();
    expect(sent).toHaveLength(0);
    expect(disposed).toEqual(['gone']);
    expect(await out).toEqual({ kind: 'superseded' });
  });
});
